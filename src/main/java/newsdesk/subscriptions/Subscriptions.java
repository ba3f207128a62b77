package newsdesk.subscriptions;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import newsdesk.feedback.ChatKeys;
import newsdesk.search.SearchService;

/**
 * The subscriptions feature's facade for the bot: a Telegram chat's topics, at most {@code maxPerChat}. A chat
 * is stored by its pseudonym (the question log's, so /forget reaches both) and its sealed id, which delivery
 * needs; nothing else about it.
 */
public class Subscriptions {

    /** What became of a /subscribe. */
    public enum Outcome { ADDED, ALREADY, LIMIT, INVALID }

    public record Subscribed(Outcome outcome, String topic) {
    }

    /** Question words of two or more characters that say nothing about a topic. */
    private static final Set<String> QUESTION_WORDS = Set.of("多少", "哪里", "哪些", "什么", "怎么",
            "怎样", "如何", "为什么", "几点", "是否", "可以", "有没有", "最近", "今年", "去年");
    private static final int TOPIC_WORDS = 2;

    private final SubscriptionStore store;
    private final ChatKeys chats;
    private final SearchService search;
    private final Clock clock;
    private final int maxPerChat;

    Subscriptions(SubscriptionStore store, ChatKeys chats, SearchService search, Clock clock,
                  SubscriptionsProperties properties) {
        this.store = store;
        this.chats = chats;
        this.search = search;
        this.clock = clock;
        this.maxPerChat = properties.maxPerChat();
    }

    public int maxPerChat() {
        return maxPerChat;
    }

    public Subscribed subscribe(long chatId, String typed) {
        Optional<Topic> topic = Topic.parse(typed);
        if (topic.isEmpty()) {
            return new Subscribed(Outcome.INVALID, typed.strip());
        }
        String text = topic.get().text();
        String chat = chats.pseudonym(chatId);
        if (store.add(chat, chats.seal(chatId), text, maxPerChat, clock.instant())) {
            return new Subscribed(Outcome.ADDED, text);
        }
        return new Subscribed(store.has(chat, text) ? Outcome.ALREADY : Outcome.LIMIT, text);
    }

    public List<String> topics(long chatId) {
        return store.topics(chats.pseudonym(chatId));
    }

    /** @return whether the chat had the topic */
    public boolean unsubscribe(long chatId, String typed) {
        return Topic.parse(typed).map(topic -> store.remove(chats.pseudonym(chatId), topic.text())).orElse(false);
    }

    /** /forget, or a chat that blocked the bot: all its subscriptions go. @return how many */
    public int forget(long chatId) {
        return store.removeAll(chats.pseudonym(chatId));
    }

    /**
     * A topic to follow for a question, for the button under its answer: its one or two rarest words that the
     * paper uses (川汇区建了多少个电商村？ → 川汇区 电商), in the question's order; empty when none fits a topic.
     */
    public Optional<String> topicOf(String question) {
        List<String> words = new LinkedHashSet<>(search.terms().words(question)).stream()
                .filter(word -> word.codePointCount(0, word.length()) >= 2 && !QUESTION_WORDS.contains(word))
                .filter(word -> word.codePoints().allMatch(Character::isLetterOrDigit))
                .toList();
        List<String> rarest = words.stream().filter(word -> search.terms().idf(word) > 0)
                .sorted(Comparator.comparingDouble(search.terms()::idf).reversed()).limit(TOPIC_WORDS).toList();
        String joined = words.stream().filter(rarest::contains).collect(Collectors.joining(" "));
        return Topic.parse(joined).or(() -> rarest.isEmpty() ? Optional.empty() : Topic.parse(rarest.getFirst()))
                .map(Topic::text);
    }
}
