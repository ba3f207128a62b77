package newsdesk.bot;

import static newsdesk.bot.TelegramHtml.bold;
import static newsdesk.bot.TelegramHtml.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.Edition;
import newsdesk.bot.Reply.Button;

/**
 * Replies that list articles: a broad question's answer, numbered, with one full-text button per
 * article, and /today's headlines page by page.
 */
final class ListReplies {

    private final BotMessages messages;

    ListReplies(BotMessages messages) {
        this.messages = messages;
    }

    /** "1. <b>标题</b>（2023年11月 第1版）— the sentence", one row with a full-text button per article. */
    Reply list(Answer answer) {
        StringBuilder html = new StringBuilder(AnswerFormatter.understoodAs(answer)).append(escape(answer.answer()));
        List<List<Button>> rows = new ArrayList<>();
        int number = 0;
        for (Citation item : answer.citations()) {
            number++;
            html.append("\n\n").append(number).append(". ").append(bold(item.title()));
            String where = AnswerFormatter.where(item.date(), item.page());
            if (!where.isEmpty()) {
                html.append(escape("（" + where + "）"));
            }
            html.append(escape("— " + item.excerpt()));
            String label = number + ". " + AnswerFormatter.shorten(item.title());
            AnswerFormatter.fullTextButton(label, item.articleId()).ifPresent(button -> rows.add(List.of(button)));
        }
        return new Reply(html.toString(), rows);
    }

    /** The newest edition's headlines under each page's number, pages of unknown number last. */
    Reply edition(Edition edition) {
        if (edition.empty()) {
            return Reply.of(messages.todayNone());
        }
        StringBuilder html = new StringBuilder(BotMessages.fill(messages.today(), Map.of("date", edition.datePrinted())));
        for (Edition.Page page : edition.pages()) {
            html.append("\n\n").append(bold(page.number() == null ? "版次不详" : "第" + page.number() + "版"));
            for (Edition.Headline headline : page.headlines()) {
                html.append("\n• ").append(escape(headline.title()));
            }
        }
        return Reply.of(html.toString());
    }
}
