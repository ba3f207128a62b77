package newsdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;
import newsdesk.feedback.Channel;
import newsdesk.feedback.Feedback;
import newsdesk.search.SearchService;
import newsdesk.subscriptions.Topic;
import newsdesk.text.QuestionLimit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page at {@code /}: ask a question ({@code q}) or search articles ({@code s} with date range,
 * place and page). Both forms use GET, so every answer and result page is a link that can be shared
 * and reached with the browser's back button.
 */
@Controller
class HomeController {

    private final AnswerEngine answers;
    private final Conversations conversations;
    private final VisitorConversations visitors;
    private final SearchService search;
    /** Absent where no question log is kept: the answer then has no rating form. */
    private final ObjectProvider<Feedback> feedback;

    HomeController(AnswerEngine answers, Conversations conversations, VisitorConversations visitors,
                   SearchService search, ObjectProvider<Feedback> feedback) {
        this.answers = answers;
        this.conversations = conversations;
        this.visitors = visitors;
        this.search = search;
        this.feedback = feedback;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable String s,
                @RequestParam(required = false) @Nullable String from,
                @RequestParam(required = false) @Nullable String to,
                @RequestParam(required = false) @Nullable String place,
                @RequestParam(required = false) @Nullable String page,
                @RequestParam(required = false) @Nullable String rated,
                Model model, HttpServletRequest request, HttpServletResponse response) {
        SearchRequest searchRequest = new SearchRequest(s, from, to, place, page);
        model.addAttribute("question", q == null ? "" : q);
        model.addAttribute("conversationReset", request.getParameter("reset") != null);
        // The forms stop typing where the answer and search layers stop reading.
        model.addAttribute("maxQuestionChars", QuestionLimit.MAX_CHARS);
        model.addAttribute("searchForm", searchRequest);
        model.addAttribute("places", search.places());
        model.addAttribute("corpus", answers.summary());
        model.addAttribute("rated", FeedbackController.Rated.parse(rated));
        if (q != null && !q.isBlank()) {
            long started = System.nanoTime();
            ConversationKey visitor = visitors.of(request, response);
            Answer answer = conversations.answer(visitor, q);
            model.addAttribute("answer", AnswerView.of(answer));
            feedback.ifAvailable(log -> model.addAttribute("questionId", log.logged(Channel.WEB, visitor, answer,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))));
        }
        // The search form always sends s (maybe empty: list everything within the filters).
        if (s != null) {
            try {
                model.addAttribute("results", ResultsView.of(search.searchArticles(
                        searchRequest.toQuery(SearchRequest.DEFAULT_PAGE_SIZE))));
                // Words that make a topic get a feed of their own, for a feed reader (FeedController).
                Topic.parse(s).ifPresent(topic -> model.addAttribute("feedTopic", topic.text()));
            } catch (InvalidRequestException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("searchError", e.getMessage());
                model.addAttribute("searchErrorField", e.parameter());
            }
        }
        return "home";
    }

    /** The "忘掉之前的问题" button: the visitor's next question is taken on its own. */
    @PostMapping("/conversation/reset")
    String forgetConversation(HttpServletRequest request) {
        visitors.existing(request).ifPresent(conversations::forget);
        return "redirect:/?reset";
    }
}
