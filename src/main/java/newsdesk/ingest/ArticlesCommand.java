package newsdesk.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** Prints what was parsed from page files, so an admin can check a new page before it goes live. */
@Component
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "Parse page files and print their articles (exit code 1 when a file was skipped).")
class ArticlesCommand implements Callable<Integer> {

    private static final int TITLE_COLUMN = 36;

    private final IngestService ingest;
    private final IngestProperties properties;
    private final JsonMapper json;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE_OR_DIR",
            description = "Page files (text, PDF, page images) or folders of them (default: the configured pages folder).")
    List<Path> paths = List.of();

    @Option(names = "--json", description = "One JSON object per article and line, for machines.")
    boolean asJson;

    ArticlesCommand(IngestService ingest, IngestProperties properties, JsonMapper json) {
        this.ingest = ingest;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Integer call() {
        IngestReport report = ingest.ingest(paths.isEmpty() ? List.of(properties.pagesDir()) : paths);
        PrintWriter out = spec().commandLine().getOut();
        PrintWriter err = spec().commandLine().getErr();
        if (asJson) {
            report.articles().forEach(article -> out.println(json.writeValueAsString(ArticleJson.of(article))));
        } else {
            out.print(table(report.articles()));
        }
        out.flush();
        report.pages().stream().filter(page -> page.invisibleCharactersRemoved() > 0)
                .forEach(page -> err.println("cleaned " + page));
        report.problems().forEach(problem -> err.println("skipped " + problem));
        err.printf("%d page files read, %d articles, %d skipped, %d invisible characters removed%n",
                report.pagesRead(), report.articles().size(), report.problems().size(),
                report.invisibleCharactersRemoved());
        err.flush();
        return report.complete() ? 0 : 1;
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec before call()");
        }
        return spec;
    }

    private static String table(List<Article> articles) {
        Help.ColorScheme colors = Help.defaultColorScheme(Help.Ansi.OFF);
        Help.TextTable table = Help.TextTable.forColumns(colors,
                new Help.Column(34, 1, Help.Column.Overflow.SPAN),
                new Help.Column(8, 1, Help.Column.Overflow.SPAN),
                new Help.Column(14, 1, Help.Column.Overflow.SPAN),
                new Help.Column(TITLE_COLUMN * 2, 1, Help.Column.Overflow.WRAP),
                new Help.Column(22, 1, Help.Column.Overflow.WRAP),
                new Help.Column(8, 1, Help.Column.Overflow.SPAN));
        table.addRowValues("ID", "KIND", "DATE/PAGE", "TITLE (SUBTITLE)", "REPORTERS", "CHARS");
        for (Article article : articles) {
            String title = article.title().isEmpty() ? "[untitled] " + article.displayTitle() : article.title();
            if (!article.subtitle().isEmpty()) {
                title += " (" + article.subtitle() + ")";
            }
            table.addRowValues(article.id(), article.kind().label(), datePage(article), title,
                    String.join(" ", article.reporters()), String.valueOf(article.body().length()));
        }
        return table.toString();
    }

    private static String datePage(Article article) {
        String date = article.date().known() ? article.date().iso() : "?";
        String page = article.page() == null ? "?" : article.page().toString();
        return date + " p" + page;
    }

    /** The JSON form of an article; field names are part of the command's contract with scripts. */
    record ArticleJson(String id, String source, @Nullable String date,
                       @JsonProperty("date_inferred") boolean dateInferred, @Nullable Integer page,
                       @Nullable String edition, @Nullable String section, String title, String subtitle,
                       List<String> reporters, String kind, String body, List<String> paragraphs,
                       List<String> captions, @JsonProperty("continued_on") @Nullable String continuedOn,
                       @JsonProperty("reprinted_from") @Nullable String reprintedFrom, int position) {

        static ArticleJson of(Article a) {
            return new ArticleJson(a.id(), a.source(), a.date().known() ? a.date().iso() : null,
                    a.date().inferred(), a.page(), a.edition(), a.section(), a.title(),
                    a.subtitle(), a.reporters(), a.kind().label(), a.body(), a.paragraphs(), a.captions(),
                    a.continuedOn(), a.reprintedFrom(), a.position());
        }
    }
}
