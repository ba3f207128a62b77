package newsdesk.bot;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * The bookkeeping of {@link PendingReplies}: each chat's kept replies oldest first, the failures in a row
 * of its oldest, and the number of messages kept in all. Thread-safe; workers add while the resending
 * thread takes. It sends nothing and decides nothing.
 */
final class ReplyBacklog {

    /** The parts of one reply still to send, oldest first. */
    record KeptReply(Deque<SendMessage> parts, Instant keptAt) {
    }

    enum Added { FIRST_FOR_CHAT, BEHIND_OTHERS, FULL, CLOSED }

    /**
     * After a part was delivered. {@code CHAT_EMPTY} ends that chat's resending: a reply kept for it later
     * starts its own, so two never run for one chat.
     */
    enum Progress { PART_SENT, REPLY_SENT, CHAT_EMPTY }

    private static final class Chat {
        final Deque<KeptReply> replies = new ArrayDeque<>();
        int failures;
    }

    private final int maxMessages;
    private final Map<Long, Chat> chats = new HashMap<>();
    private int messages;
    private boolean closed;

    ReplyBacklog(int maxMessages) {
        this.maxMessages = maxMessages;
    }

    synchronized boolean holds(long chatId) {
        return chats.containsKey(chatId);
    }

    synchronized int messages() {
        return messages;
    }

    synchronized Added add(long chatId, List<SendMessage> parts, Instant now) {
        if (closed) {
            return Added.CLOSED;
        }
        if (messages + parts.size() > maxMessages) {
            return Added.FULL;
        }
        Chat chat = chats.get(chatId);
        boolean first = chat == null;
        if (first) {
            chat = new Chat();
            chats.put(chatId, chat);
        }
        chat.replies.addLast(new KeptReply(new ArrayDeque<>(parts), now));
        messages += parts.size();
        return first ? Added.FIRST_FOR_CHAT : Added.BEHIND_OTHERS;
    }

    /** The chat's oldest reply, whose first part is the next message to send. */
    synchronized Optional<KeptReply> oldest(long chatId) {
        Chat chat = closed ? null : chats.get(chatId);
        return chat == null ? Optional.empty() : Optional.of(chat.replies.getFirst());
    }

    /** The first part of {@code reply} was delivered; the chat leaves the backlog with its last reply. */
    synchronized Progress delivered(long chatId, KeptReply reply) {
        Chat chat = chats.get(chatId);
        if (chat == null || chat.replies.peekFirst() != reply) {
            return Progress.CHAT_EMPTY;
        }
        reply.parts().removeFirst();
        messages--;
        chat.failures = 0;
        if (!reply.parts().isEmpty()) {
            return Progress.PART_SENT;
        }
        return removeOldest(chatId, chat) ? Progress.REPLY_SENT : Progress.CHAT_EMPTY;
    }

    /** Counts a failed attempt at the chat's oldest reply; returns the failures in a row. */
    synchronized int failed(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null ? 0 : ++chat.failures;
    }

    /** Drops the chat's oldest reply, every part of it; true when the chat has more replies kept. */
    synchronized boolean drop(long chatId, KeptReply reply) {
        Chat chat = chats.get(chatId);
        if (chat == null || chat.replies.peekFirst() != reply) {
            return false;
        }
        messages -= reply.parts().size();
        return removeOldest(chatId, chat);
    }

    /** Drops all of a chat's replies; returns how many there were. */
    synchronized int dropChat(long chatId) {
        Chat chat = chats.remove(chatId);
        if (chat == null) {
            return 0;
        }
        chat.replies.forEach(reply -> messages -= reply.parts().size());
        return chat.replies.size();
    }

    /** Takes nothing more; returns the replies still kept per chat. */
    synchronized Map<Long, Integer> close() {
        closed = true;
        Map<Long, Integer> left = new LinkedHashMap<>();
        chats.forEach((chatId, chat) -> left.put(chatId, chat.replies.size()));
        chats.clear();
        messages = 0;
        return left;
    }

    /** True when the chat has more replies kept. */
    private boolean removeOldest(long chatId, Chat chat) {
        chat.replies.removeFirst();
        chat.failures = 0;
        if (chat.replies.isEmpty()) {
            chats.remove(chatId);
            return false;
        }
        return true;
    }
}
