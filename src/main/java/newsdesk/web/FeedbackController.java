package newsdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.Rating;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 👍 / 👎 form under an answer on the page: a plain form post, so it works without JavaScript. The
 * reason field goes with a 👎. Afterwards the page says what became of the rating, without asking the
 * question again (which would log it a second time).
 */
@Controller
class FeedbackController {

    /** What the page tells the visitor after a rating; the names are the {@code rated} parameter's values. */
    enum Rated {
        THANKS, EXPIRED, INVALID, UNAVAILABLE;

        static @Nullable Rated parse(@Nullable String value) {
            return value == null ? null : Arrays.stream(values())
                    .filter(rated -> rated.name().equalsIgnoreCase(value)).findFirst().orElse(null);
        }
    }

    private final ObjectProvider<Feedback> feedback;
    private final VisitorConversations visitors;

    FeedbackController(ObjectProvider<Feedback> feedback, VisitorConversations visitors) {
        this.feedback = feedback;
        this.visitors = visitors;
    }

    @PostMapping("/feedback")
    String rate(@RequestParam(required = false) @Nullable String question,
                @RequestParam(required = false) @Nullable String rating,
                @RequestParam(required = false) @Nullable String reason,
                HttpServletRequest request) {
        return "redirect:/?rated=" + outcome(question, rating, reason, request).name().toLowerCase(java.util.Locale.ROOT)
                + "#rated";
    }

    private Rated outcome(@Nullable String question, @Nullable String rating, @Nullable String reason,
                          HttpServletRequest request) {
        Optional<Rating> chosen = rating == null ? Optional.empty() : Rating.parse(rating);
        if (question == null || !Feedback.isQuestionId(question) || chosen.isEmpty()) {
            return Rated.INVALID;
        }
        Feedback log = feedback.getIfAvailable();
        if (log == null) {
            return Rated.UNAVAILABLE;
        }
        // Without the visitor's cookie the answer cannot be theirs: a rating is only taken from whoever asked.
        return visitors.existing(request).map(visitor -> {
            Feedback.Result result = log.rate(question, visitor, chosen.get());
            if (result == Feedback.Result.RECORDED && chosen.get() == Rating.DOWN && reason != null) {
                result = log.reason(question, visitor, reason);
            }
            return switch (result) {
                case RECORDED -> Rated.THANKS;
                case UNKNOWN_QUESTION -> Rated.EXPIRED;
                case UNAVAILABLE -> Rated.UNAVAILABLE;
            };
        }).orElse(Rated.EXPIRED);
    }
}
