package newsdesk.web;

import java.util.List;
import newsdesk.answer.AnswerEngine;
import newsdesk.ingest.Article;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The whole article behind a citation or a search result. Reached from an answer, {@code hl} carries
 * the quoted sentences, which are marked where they stand in the article.
 */
@Controller
class ArticlePageController {

    private final AnswerEngine answers;

    ArticlePageController(AnswerEngine answers) {
        this.answers = answers;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, @RequestParam(name = "hl", defaultValue = "") List<String> highlight,
                   Model model) {
        Article article = answers.article(id).orElseThrow(() -> ArticleNotFoundException.forId(id));
        model.addAttribute("article", article);
        model.addAttribute("printed", Printed.date(article.date()) + " · " + Printed.page(article.page()));
        model.addAttribute("paragraphs",
                article.paragraphs().stream().map(paragraph -> Highlighting.mark(paragraph, highlight)).toList());
        model.addAttribute("highlighted", highlight.stream().anyMatch(sentence -> !sentence.isBlank()));
        return "article";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ArticleNotFoundException e, Model model) {
        model.addAttribute("articleId", e.articleId());
        return "article-not-found";
    }
}
