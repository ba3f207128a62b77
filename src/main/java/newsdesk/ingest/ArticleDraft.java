package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article while its page is being taken apart; texts are cleaned only when the page is done. */
final class ArticleDraft {

    final int startLine;
    ArticleKind kind;
    final List<String> titleLines = new ArrayList<>();
    final List<String> subtitleLines = new ArrayList<>();
    final List<String> reporters = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    @Nullable String continuedOn;
    @Nullable String reprintedFrom;

    ArticleDraft(int startLine, ArticleKind kind) {
        this.startLine = startLine;
        this.kind = kind;
    }

    boolean hasTitle() {
        return !titleLines.isEmpty();
    }

    /** A body paragraph's raw text, and whether it is a headline inside the body (a cross-head). */
    record Paragraph(String text, boolean heading) {
    }
}
