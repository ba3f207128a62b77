package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The last few turns of one conversation, oldest first; immutable, so the cache can swap it whole. */
record ConversationHistory(List<Turn> turns) {

    /** @param understood the question as it was answered, completed when it was a follow-up */
    record Turn(String understood, List<String> citedArticles) {

        Turn {
            citedArticles = List.copyOf(citedArticles);
        }
    }

    ConversationHistory {
        turns = List.copyOf(turns);
    }

    static ConversationHistory of(Turn turn) {
        return new ConversationHistory(List.of(turn));
    }

    Optional<Turn> last() {
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.getLast());
    }

    /** This history with one more turn, keeping at most {@code max}. */
    ConversationHistory then(Turn turn, int max) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(turn);
        return new ConversationHistory(next.subList(Math.max(0, next.size() - max), next.size()));
    }
}
