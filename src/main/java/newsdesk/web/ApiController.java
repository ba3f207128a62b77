package newsdesk.web;

import java.util.List;
import java.util.concurrent.TimeUnit;
import newsdesk.admin.IndexMaintenance;
import newsdesk.admin.PageStatus;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;
import newsdesk.feedback.Channel;
import newsdesk.feedback.Feedback;
import newsdesk.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API; errors become problem details in {@link ApiProblems}. */
@RestController
@RequestMapping("/api")
class ApiController {

    private final AnswerEngine answers;
    private final Conversations conversations;
    private final SearchService search;
    private final IndexMaintenance maintenance;
    private final ObjectProvider<Feedback> feedback;

    ApiController(AnswerEngine answers, Conversations conversations, SearchService search,
                  IndexMaintenance maintenance, ObjectProvider<Feedback> feedback) {
        this.answers = answers;
        this.conversations = conversations;
        this.search = search;
        this.maintenance = maintenance;
        this.feedback = feedback;
    }

    @GetMapping("/answer")
    Answer answer(@RequestParam String q, @RequestParam(required = false) @Nullable String conversation) {
        if (q.isBlank()) {
            throw InvalidRequestException.forParameter("q", "q must hold a question, e.g. 困难毕业生补贴每人多少钱？");
        }
        long started = System.nanoTime();
        ConversationKey asker = conversation == null ? null : visitor(conversation);
        Answer answer = asker == null ? answers.answer(q) : conversations.answer(asker, q);
        feedback.ifAvailable(log -> log.logged(Channel.API, asker, answer,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return answer;
    }

    /** The next question of this conversation is taken on its own. */
    @DeleteMapping("/conversations/{id}")
    ResponseEntity<Void> forget(@PathVariable String id) {
        conversations.forget(visitor(id));
        return ResponseEntity.noContent().build();
    }

    private static ConversationKey visitor(String id) {
        if (!ConversationKey.isVisitorId(id)) {
            throw InvalidRequestException.forParameter("conversation",
                    "conversation must be 1-64 letters, digits, _ or -, was '"
                            + (id.length() > 80 ? id.substring(0, 80) + "…" : id) + "'");
        }
        return ConversationKey.webVisitor(id);
    }

    @GetMapping("/search")
    ApiJson.Results search(@RequestParam(required = false) @Nullable String q,
                           @RequestParam(required = false) @Nullable String from,
                           @RequestParam(required = false) @Nullable String to,
                           @RequestParam(required = false) @Nullable String place,
                           @RequestParam(required = false) @Nullable String page,
                           @RequestParam(defaultValue = "" + SearchRequest.DEFAULT_PAGE_SIZE) int size) {
        SearchRequest request = new SearchRequest(q, from, to, place, page);
        return ApiJson.Results.of(search.searchArticles(request.toQuery(size)));
    }

    @GetMapping("/articles/{id}")
    ApiJson.ArticleBody article(@PathVariable String id) {
        return answers.article(id).map(ApiJson.ArticleBody::of).orElseThrow(() -> ArticleNotFoundException.forId(id));
    }

    @GetMapping("/pages")
    List<PageStatus> pages() {
        return maintenance.pages();
    }
}
