package newsdesk.web;

import jakarta.servlet.http.HttpServletResponse;
import newsdesk.answer.AnswerEngine;
import newsdesk.search.SearchService;
import newsdesk.text.QuestionLimit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page at {@code /}: ask a question ({@code q}) or search articles ({@code s} with date range,
 * place and page). Both forms use GET, so every answer and result page is a link that can be shared
 * and reached with the browser's back button.
 */
@Controller
class HomeController {

    private final AnswerEngine answers;
    private final SearchService search;

    HomeController(AnswerEngine answers, SearchService search) {
        this.answers = answers;
        this.search = search;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable String s,
                @RequestParam(required = false) @Nullable String from,
                @RequestParam(required = false) @Nullable String to,
                @RequestParam(required = false) @Nullable String place,
                @RequestParam(required = false) @Nullable String page,
                Model model, HttpServletResponse response) {
        SearchRequest searchRequest = new SearchRequest(s, from, to, place, page);
        model.addAttribute("question", q == null ? "" : q);
        // The forms stop typing where the answer and search layers stop reading.
        model.addAttribute("maxQuestionChars", QuestionLimit.MAX_CHARS);
        model.addAttribute("searchForm", searchRequest);
        model.addAttribute("places", search.places());
        model.addAttribute("corpus", answers.summary());
        if (q != null && !q.isBlank()) {
            model.addAttribute("answer", AnswerView.of(answers.answer(q)));
        }
        // The search form always sends s (maybe empty: list everything within the filters).
        if (s != null) {
            try {
                model.addAttribute("results", ResultsView.of(search.searchArticles(
                        searchRequest.toQuery(SearchRequest.DEFAULT_PAGE_SIZE))));
            } catch (InvalidRequestException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("searchError", e.getMessage());
                model.addAttribute("searchErrorField", e.parameter());
            }
        }
        return "home";
    }
}
