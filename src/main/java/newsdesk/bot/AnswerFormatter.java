package newsdesk.bot;

import static newsdesk.bot.TelegramHtml.bold;
import static newsdesk.bot.TelegramHtml.escape;
import static newsdesk.bot.TelegramHtml.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.CitationLine;
import newsdesk.answer.CorpusSummary;
import newsdesk.bot.Reply.Button;
import newsdesk.ingest.Article;
import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * Turns answers and articles into Telegram HTML that reads well on a phone. Every piece of text that
 * comes from a user or an article goes through {@link TelegramHtml#escape}; only the admin's message
 * templates are HTML as written.
 */
final class AnswerFormatter {

    static final String SOURCES_LABEL = "来源";
    static final String FULL_TEXT_LABEL = "全文";
    /** Put before a follow-up's answer with the question as it was completed, so a wrong reading is seen. */
    static final String UNDERSTOOD_AS_LABEL = "理解为：";
    /** Long headlines would be cut off on a phone's button anyway; keep the start, which names the story. */
    private static final int BUTTON_TITLE_CHARS = 28;

    private final BotMessages messages;

    AnswerFormatter(BotMessages messages) {
        this.messages = messages;
    }

    Reply welcome(CorpusSummary summary) {
        return Reply.of(BotMessages.fill(messages.welcome(), Map.of(
                "articles", String.valueOf(summary.articles()),
                "from", date(summary.firstDate(), "?"),
                "to", date(summary.lastDate(), "?"))));
    }

    /** The quoted answer, its citations, and buttons for all sources and the best article's full text. */
    Reply answer(Answer answer, String answerKey) {
        StringBuilder html = new StringBuilder(understoodAs(answer)).append(quote(answer.answer()));
        for (int i = 0; i < answer.citations().size(); i++) {
            Citation citation = answer.citations().get(i);
            html.append('\n').append("—— ").append(CitationLine.earlier(answer, i) ? escape(CitationLine.EARLIER) : "")
                    .append(bold(citation.title()));
            String where = where(citation.date(), citation.page());
            if (!where.isEmpty()) {
                html.append("，").append(escape(where));
            }
        }
        List<Button> row = new ArrayList<>();
        if (!answer.citations().isEmpty()) {
            row.add(new Button(SOURCES_LABEL, new CallbackData.Sources(answerKey).encode()));
            fullTextButton(FULL_TEXT_LABEL, answer.citations().getFirst().articleId()).ifPresent(row::add);
        }
        return new Reply(html.toString(), row.isEmpty() ? List.of() : List.of(row));
    }

    /**
     * Says what the paper does not print (the answer text names the article and the missing fact), then
     * quotes the closest sentence, marked as closest, so nobody reads it as the answer.
     */
    Reply notStated(Answer answer) {
        StringBuilder html = new StringBuilder(understoodAs(answer)).append(escape(answer.answer()));
        List<List<Button>> rows = new ArrayList<>();
        for (Citation citation : answer.citations()) {
            html.append("\n\n").append(messages.notStatedClosest()).append('\n').append(quote(citation.excerpt()))
                    .append('\n').append("—— ").append(bold(citation.title()));
            String where = where(citation.date(), citation.page());
            if (!where.isEmpty()) {
                html.append("，").append(escape(where));
            }
            fullTextButton(FULL_TEXT_LABEL, citation.articleId()).ifPresent(button -> rows.add(List.of(button)));
        }
        return new Reply(html.toString(), rows);
    }

    /** Says politely that the paper has nothing, and offers the closest articles, one button each. */
    Reply abstention(Answer answer) {
        StringBuilder html = new StringBuilder(understoodAs(answer)).append(messages.noAnswer());
        List<List<Button>> rows = new ArrayList<>();
        for (Citation citation : answer.citations()) {
            fullTextButton(shorten(citation.title()), citation.articleId()).ifPresent(button -> rows.add(List.of(button)));
        }
        if (!rows.isEmpty()) {
            html.append("\n\n").append(messages.suggestions());
        }
        return new Reply(html.toString(), rows);
    }

    /** Every citation with its excerpt, numbered, with a full-text button per article. */
    Reply sources(Answer answer) {
        StringBuilder html = new StringBuilder();
        List<Button> row = new ArrayList<>();
        int number = 0;
        for (Citation citation : answer.citations()) {
            number++;
            if (number > 1) {
                html.append("\n\n");
            }
            html.append(bold(number + ". " + citation.title()));
            String where = where(citation.date(), citation.page());
            if (!where.isEmpty()) {
                html.append('\n').append(escape(where));
            }
            html.append('\n').append(quote(citation.excerpt()));
            fullTextButton(FULL_TEXT_LABEL + " " + number, citation.articleId()).ifPresent(row::add);
        }
        return new Reply(html.toString(), row.isEmpty() ? List.of() : List.of(row));
    }

    /** The whole article: headline, subtitle, where it was printed, then its paragraphs. */
    Reply article(Article article) {
        StringBuilder html = new StringBuilder(bold(article.displayTitle()));
        if (!article.subtitle().isEmpty()) {
            html.append('\n').append(TelegramHtml.italic(article.subtitle()));
        }
        List<String> meta = new ArrayList<>();
        String where = where(article.date(), article.page());
        if (!where.isEmpty()) {
            meta.add(where);
        }
        if (!article.reporters().isEmpty()) {
            meta.add(String.join(" ", article.reporters()));
        }
        if (!meta.isEmpty()) {
            html.append('\n').append(escape(String.join(" · ", meta)));
        }
        for (String paragraph : article.paragraphs()) {
            html.append("\n\n").append(escape(paragraph));
        }
        return Reply.of(html.toString());
    }

    static String understoodAs(Answer answer) {
        return answer.understoodAs() == null ? "" : TelegramHtml.italic(UNDERSTOOD_AS_LABEL + answer.understoodAs()) + "\n";
    }

    static java.util.Optional<Button> fullTextButton(String label, String articleId) {
        // Ids are source + position + hash, far below 64 bytes; a pathological file name just loses the button.
        if (!CallbackData.FullText.fits(articleId)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Button(label, new CallbackData.FullText(articleId).encode()));
    }

    static String where(PublicationDate date, @Nullable Integer page) {
        return CitationLine.where(date, page);
    }

    private static String date(PublicationDate date, String unknown) {
        return date.known() ? date.printed() : unknown;
    }

    static String shorten(String title) {
        return title.codePointCount(0, title.length()) <= BUTTON_TITLE_CHARS ? title
                : title.substring(0, title.offsetByCodePoints(0, BUTTON_TITLE_CHARS - 1)) + "…";
    }
}
