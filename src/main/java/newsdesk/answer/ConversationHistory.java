package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The last few turns of one conversation, oldest first; immutable, so the cache can swap it whole. */
record ConversationHistory(List<Turn> turns) {

    /**
     * @param understood the question as it was answered, completed when it was a follow-up
     * @param found      whether the paper had something on it (an answer, or the closest sentence)
     */
    record Turn(String understood, List<String> citedArticles, boolean found) {

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

    /**
     * The turn a follow-up leans on: the last one the paper had something on. A question that found nothing
     * ("都有哪些医院去了" read alone) did not move the conversation to a new topic.
     */
    Optional<Turn> topic() {
        return turns.reversed().stream().filter(Turn::found).findFirst().or(this::last);
    }

    /** This history with one more turn, keeping at most {@code max}. */
    ConversationHistory then(Turn turn, int max) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(turn);
        return new ConversationHistory(next.subList(Math.max(0, next.size() - max), next.size()));
    }
}
