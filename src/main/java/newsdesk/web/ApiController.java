package newsdesk.web;

import java.util.List;
import newsdesk.admin.IndexMaintenance;
import newsdesk.admin.PageStatus;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.search.SearchService;
import org.jspecify.annotations.Nullable;
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
    private final SearchService search;
    private final IndexMaintenance maintenance;

    ApiController(AnswerEngine answers, SearchService search, IndexMaintenance maintenance) {
        this.answers = answers;
        this.search = search;
        this.maintenance = maintenance;
    }

    @GetMapping("/answer")
    Answer answer(@RequestParam String q) {
        if (q.isBlank()) {
            throw InvalidRequestException.forParameter("q", "q must hold a question, e.g. 困难毕业生补贴每人多少钱？");
        }
        return answers.answer(q);
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
