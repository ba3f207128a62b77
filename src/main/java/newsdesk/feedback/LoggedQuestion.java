package newsdesk.feedback;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A question as the log keeps it: the asker already a pseudonym, nothing else about them. */
record LoggedQuestion(String id, Instant askedAt, Channel channel, @Nullable String asker, String question,
                      @Nullable String understoodAs, Outcome outcome, List<String> articleIds, long latencyMs) {

    LoggedQuestion {
        articleIds = List.copyOf(articleIds);
    }
}
