package newsdesk.feedback;

import java.util.Locale;
import java.util.Optional;

/** 👍 or 👎 on one answer. */
public enum Rating {
    UP("up"), DOWN("down");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code up} or {@code down}, as buttons and forms send it. */
    public static Optional<Rating> parse(String text) {
        String label = text.strip().toLowerCase(Locale.ROOT);
        for (Rating rating : values()) {
            if (rating.label.equals(label)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
