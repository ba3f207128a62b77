package newsdesk.bot;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import newsdesk.answer.Answer;

/**
 * The last answers sent, so their "来源" button can list excerpts that do not fit into callback data.
 * Bounded, oldest dropped first: a press on a very old answer gets the polite "expired" reply instead
 * of memory growing with every question. Keys are random so a restart never points an old button at a
 * new answer.
 */
final class RecentAnswers {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Answer> answers;

    RecentAnswers(int capacity) {
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized String remember(Answer answer) {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        answers.put(key, answer);
        return key;
    }

    synchronized Optional<Answer> find(String key) {
        return Optional.ofNullable(answers.get(key));
    }
}
