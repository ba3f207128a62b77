package newsdesk.web.adminpage;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newsdesk.feedback.ReaderQuestions;
import newsdesk.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin}: what readers asked in a period that the paper did not answer, one row per need, with the totals
 * by day above it; the same rows as CSV; and an admin's corrected article for a 👎 question.
 */
@Controller
class ReaderNeedsController {

    /** Absent when the question log is off (newsdesk.feedback.enabled=false): the page says so. */
    private final ObjectProvider<ReaderQuestions> questions;
    private final NeedGrouping grouping;
    private final SearchService search;

    ReaderNeedsController(ObjectProvider<ReaderQuestions> questions, NeedGrouping grouping, SearchService search) {
        this.questions = questions;
        this.grouping = grouping;
        this.search = search;
    }

    @GetMapping("/admin")
    String needs(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                 @RequestParam(required = false) @Nullable String corrected, Model model, HttpServletResponse response) {
        ReaderQuestions log = questions.getIfAvailable();
        if (log == null) {
            model.addAttribute("logOff", true);
            return "admin-needs";
        }
        Period period = Period.parse(from, to, log.today());
        if (period.problem() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("period", period);
        model.addAttribute("needs", new ReaderNeeds(log, grouping, search).of(period.from(), period.to()));
        model.addAttribute("chart", DailyChart.svg(log.totals(period.from(), period.to())));
        model.addAttribute("corrected", corrected);
        model.addAttribute("kinds", NeedKinds.LABELS);
        return "admin-needs";
    }

    @GetMapping("/admin/needs.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String from,
                               @RequestParam(required = false) @Nullable String to) {
        ReaderQuestions log = questions.getIfAvailable();
        if (log == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("the question log is off on this service (newsdesk.feedback.enabled=false)\n");
        }
        Period period = Period.parse(from, to, log.today());
        if (period.problem() != null) {
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("from and to must be days such as 2026-11-30, from before to, at most " + Period.MAX_DAYS
                            + " days apart\n");
        }
        List<ReaderNeed> needs = new ReaderNeeds(log, grouping, search).of(period.from(), period.to());
        String file = "reader-needs-%s-%s.csv".formatted(period.from(), period.to());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(NeedsCsv.of(needs));
    }

    /** The article a 👎 question should have been answered from, for {@code eval --questions} on an export. */
    @PostMapping("/admin/corrections")
    String correct(@RequestParam String question, @RequestParam(defaultValue = "") String article,
                   @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                   RedirectAttributes redirect) {
        ReaderQuestions log = questions.getIfAvailable();
        String result = log == null ? "LOG_OFF" : log.correct(question, article).name();
        redirect.addAttribute("from", from);
        redirect.addAttribute("to", to);
        redirect.addAttribute("corrected", result);
        return "redirect:/admin";
    }
}
