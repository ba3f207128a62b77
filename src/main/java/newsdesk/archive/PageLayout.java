package newsdesk.archive;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Lays articles out as the text extracted from a page PDF reads (see the sample pages): body lines
 * cut at the column width whatever the sentence, blank lines where the extraction left a gap, digits
 * set apart by spaces (120 余场次), a U+FFFD run where a drop-cap glyph had no character, and now and
 * then a character printed twice. The planted fact sentence is only cut into lines: its figure must be
 * printed exactly once, so the questions' answers stay unambiguous.
 */
final class PageLayout {

    private static final int MIN_COLUMN = 20;
    private static final int MAX_COLUMN = 40;
    private static final String DROP_CAP = "\uFFFD".repeat(6);
    private static final Pattern DIGITS = Pattern.compile("(\\d+(?:\\.\\d+)?)");

    String render(List<ComposedArticle> articles, SplittableRandom random) {
        StringBuilder page = new StringBuilder("\n");
        for (ComposedArticle article : articles) {
            render(article, random, page);
            page.append('\n');
        }
        return page.toString();
    }

    private void render(ComposedArticle article, SplittableRandom random, StringBuilder page) {
        page.append(article.headline()).append('\n');
        if (!article.subHeadline().isEmpty()) {
            page.append(article.subHeadline()).append('\n');
        }
        if (!article.datelined()) {
            page.append(article.byline()).append('\n');
        }
        page.append('\n');
        int column = MIN_COLUMN + random.nextInt(MAX_COLUMN - MIN_COLUMN + 1);
        boolean spacedDigits = random.nextBoolean();
        List<List<String>> paragraphs = article.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            StringBuilder text = new StringBuilder();
            if (p == 0) {
                text.append(random.nextInt(3) == 0 ? DROP_CAP : "");
                if (article.datelined()) {
                    text.append("本报讯 （").append(article.byline()).append("） ");
                }
            }
            for (String sentence : paragraphs.get(p)) {
                text.append(sentence.equals(article.planted()) ? sentence : noisy(sentence, spacedDigits, random));
            }
            wrap(text, column, random, page);
            if (random.nextInt(5) < 2) {
                page.append('\n');
            }
        }
    }

    private static String noisy(String sentence, boolean spacedDigits, SplittableRandom random) {
        String text = spacedDigits ? DIGITS.matcher(sentence).replaceAll(" $1 ") : sentence;
        if (random.nextInt(40) == 0 && text.length() > 4) {
            int at = 1 + random.nextInt(text.length() - 2);
            text = text.substring(0, at + 1) + text.charAt(at) + text.substring(at + 1);
        }
        return text;
    }

    /** Cuts a paragraph at the column width (±2, as proportional type fills a line unevenly). */
    private static void wrap(CharSequence text, int column, SplittableRandom random, StringBuilder page) {
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + column - 2 + random.nextInt(5));
            // A surrogate pair (rare Han from CMRC) stays on one line.
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            page.append(text, start, end).append('\n');
            if (end < text.length() && random.nextInt(16) == 0) {
                page.append('\n');
            }
            start = end;
        }
    }
}
