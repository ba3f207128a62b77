package newsdesk.bot;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-chat token buckets (Bucket4j), so one chat cannot crowd everyone else out of the workers. A chat
 * over its limit is told so once, not once per message: replying to every message of a flood would
 * run into Telegram's own limits.
 */
final class ChatRateLimiter {

    enum Verdict { ALLOWED, LIMITED_TELL, LIMITED_QUIET }

    private final TelegramProperties.RateLimit limit;
    private final Map<Long, ChatBucket> chats;

    ChatRateLimiter(TelegramProperties.RateLimit limit) {
        this.limit = limit;
        // Least recently active chats are forgotten first; forgetting only gives a chat a fresh bucket.
        this.chats = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ChatBucket> eldest) {
                return size() > limit.chatsTracked();
            }
        };
    }

    synchronized Verdict check(long chatId) {
        ChatBucket chat = chats.computeIfAbsent(chatId, id -> new ChatBucket(newBucket()));
        if (chat.bucket.tryConsume(1)) {
            chat.told = false;
            return Verdict.ALLOWED;
        }
        if (chat.told) {
            return Verdict.LIMITED_QUIET;
        }
        chat.told = true;
        return Verdict.LIMITED_TELL;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                        .refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                .build();
    }

    private static final class ChatBucket {
        final Bucket bucket;
        boolean told;

        ChatBucket(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
