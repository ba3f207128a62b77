package newsdesk.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import newsdesk.ingest.cleaning.OcrConfusions;
import newsdesk.ingest.cleaning.SpacesInChineseText;

/**
 * Turns a page's drafts into articles: the paragraph-level cleaning (spaces, OCR confusions proven
 * by the page) and a stable id per article.
 */
class ArticleAssembler {

    private static final int HASH_HEX_CHARS = 8;

    private final SpacesInChineseText bodySpaces = SpacesInChineseText.inBody();
    private final SpacesInChineseText headlineSpaces = SpacesInChineseText.inHeadline();
    private final OcrConfusions confusions = new OcrConfusions();

    List<Article> assemble(String source, PageMetadata metadata, List<ArticleDraft> drafts) {
        String pageText = pageText(drafts);
        UnaryOperator<String> body = text -> confusions.correct(bodySpaces.clean(text), pageText);
        UnaryOperator<String> headline = text -> confusions.correct(headlineSpaces.clean(text), pageText);
        List<Article> articles = new ArrayList<>(drafts.size());
        int position = 0;
        for (ArticleDraft draft : drafts) {
            position++;
            String title = headline.apply(String.join(" ", draft.titleLines));
            String subtitle = headline.apply(String.join(" ", draft.subtitleLines));
            List<String> paragraphs = draft.paragraphs.stream()
                    .map(p -> p.heading() ? headline.apply(p.text()) : body.apply(p.text()))
                    .filter(text -> !text.isEmpty())
                    .toList();
            List<String> captions = draft.captions.stream().map(body).toList();
            String id = id(source, position, title, paragraphs);
            articles.add(new Article(id, source, position, metadata.date(), metadata.page(), metadata.edition(),
                    metadata.section(), title, subtitle, draft.reporters, draft.kind, paragraphs, captions,
                    draft.continuedOn, draft.reprintedFrom));
        }
        return articles;
    }

    /** The page's text with spaces already cleaned, as evidence for OCR corrections. */
    private String pageText(List<ArticleDraft> drafts) {
        StringBuilder text = new StringBuilder();
        for (ArticleDraft draft : drafts) {
            draft.titleLines.forEach(line -> text.append(bodySpaces.clean(line)).append('\n'));
            draft.subtitleLines.forEach(line -> text.append(bodySpaces.clean(line)).append('\n'));
            draft.captions.forEach(line -> text.append(bodySpaces.clean(line)).append('\n'));
            draft.paragraphs.forEach(p -> text.append(bodySpaces.clean(p.text())).append('\n'));
        }
        return text.toString();
    }

    /** Source and position make the id readable; the hash changes when the article's text does. */
    static String id(String source, int position, String title, List<String> paragraphs) {
        String stem = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            paragraphs.forEach(p -> sha.update(p.getBytes(StandardCharsets.UTF_8)));
            String hash = HexFormat.of().formatHex(sha.digest()).substring(0, HASH_HEX_CHARS);
            return "%s-%02d-%s".formatted(stem, position, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
