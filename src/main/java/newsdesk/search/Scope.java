package newsdesk.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which passages may answer a question: those of pages that may fall in a period (null: any date), and of
 * articles about at least one of some places (none: anywhere). A question that names 李寨乡 is not answered
 * by the same programme in 王店镇.
 */
public record Scope(@Nullable Period period, List<String> places) {

    public static final Scope ANYWHERE = new Scope(null, List.of());

    public Scope {
        places = List.copyOf(places);
    }

    public Scope anyDate() {
        return new Scope(null, places);
    }

    public Scope withoutPlaces() {
        return new Scope(period, List.of());
    }

    /** Whether the scope limits anything: a period or a place. */
    public boolean limited() {
        return period != null || !places.isEmpty();
    }
}
