package newsdesk.bot;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import newsdesk.feedback.Rating;

/**
 * What a button press asks for, encoded into Telegram's callback data, which may hold at most 64 bytes.
 * Article ids are short enough to travel in the button itself, so the full text still works after a
 * restart; sources need the question's excerpts and therefore refer to a {@link RecentAnswers} entry.
 */
sealed interface CallbackData {

    int MAX_BYTES = 64;

    String encode();

    static Optional<CallbackData> decode(String data) {
        if (data.startsWith(Sources.PREFIX)) {
            return Optional.of(new Sources(data.substring(Sources.PREFIX.length())));
        }
        if (data.startsWith(FullText.PREFIX)) {
            return Optional.of(new FullText(data.substring(FullText.PREFIX.length())));
        }
        if (data.startsWith(Follow.PREFIX)) {
            return Optional.of(new Follow(data.substring(Follow.PREFIX.length())));
        }
        if (data.startsWith(Unfollow.PREFIX)) {
            return Optional.of(new Unfollow(data.substring(Unfollow.PREFIX.length())));
        }
        if (data.startsWith(Rate.PREFIX)) {
            return Rate.decode(data.substring(Rate.PREFIX.length()));
        }
        return Optional.empty();
    }

    /** The citations of an answer kept in {@link RecentAnswers} under {@code answerKey}. */
    record Sources(String answerKey) implements CallbackData {
        static final String PREFIX = "s:";

        @Override
        public String encode() {
            return checked(PREFIX + answerKey);
        }
    }

    /** One article's full text. */
    record FullText(String articleId) implements CallbackData {
        static final String PREFIX = "a:";

        static boolean fits(String articleId) {
            return (PREFIX + articleId).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }

        @Override
        public String encode() {
            return checked(PREFIX + articleId);
        }
    }

    /** 👍 or 👎 on the logged question {@code questionId}: {@code f:up:<id>}, about 40 bytes. */
    record Rate(String questionId, Rating rating) implements CallbackData {
        static final String PREFIX = "f:";

        private static Optional<CallbackData> decode(String ratingAndId) {
            int colon = ratingAndId.indexOf(':');
            return colon < 0 ? Optional.empty() : Rating.parse(ratingAndId.substring(0, colon))
                    .map(rating -> new Rate(ratingAndId.substring(colon + 1), rating));
        }

        @Override
        public String encode() {
            return checked(PREFIX + rating.label() + ":" + questionId);
        }
    }

    /** Subscribe to a topic (the button under an answer); topics have at most 16 characters, so they fit. */
    record Follow(String topic) implements CallbackData {
        static final String PREFIX = "t+:";

        @Override
        public String encode() {
            return checked(PREFIX + topic);
        }
    }

    /** Unsubscribe from a topic (the buttons under /subscriptions). */
    record Unfollow(String topic) implements CallbackData {
        static final String PREFIX = "t-:";

        @Override
        public String encode() {
            return checked(PREFIX + topic);
        }
    }

    private static String checked(String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_BYTES + " bytes: " + data);
        }
        return data;
    }
}
