package newsdesk.web;

import newsdesk.answer.AnswerEngine;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page at {@code /today}: the newest edition's headlines by page, each a link to its article. */
@Controller
class TodayController {

    private final AnswerEngine answers;

    TodayController(AnswerEngine answers) {
        this.answers = answers;
    }

    @GetMapping("/today")
    String today(Model model) {
        model.addAttribute("edition", answers.newestEdition());
        model.addAttribute("corpus", answers.summary());
        return "today";
    }
}
