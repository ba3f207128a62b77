package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as the compositor receives it: headline lines, subtitle, a byline on a line of its own,
 * and body paragraphs, with the dateline, byline, photo credit and reprint note the ingest took off
 * put back in the form the page prints them, so that a page laid out from it can be read back to the same article. Photo
 * captions inside an article are not printed: the sample pages give no position for the picture.
 */
record PrintCopy(List<String> headline, String subtitle, String byline, List<String> paragraphs) {

    static PrintCopy of(Article article) {
        // A headline's lines were joined by one space; each phrase goes back on a line of its own.
        List<String> headline = article.title().isBlank() ? List.of() : List.of(article.title().split(" "));
        String subtitle = article.subtitle();
        List<String> paragraphs = new ArrayList<>(article.paragraphs());
        String names = String.join(" ", article.reporters());
        String byline = "";
        switch (article.kind()) {
            case NEWS -> paragraphs.set(0, "本报讯（" + (names.isEmpty() ? "本报" : "记者 " + names) + "）" + paragraphs.getFirst());
            case REPRINT -> {
                if (!names.isEmpty()) {
                    byline = "□" + article.reprintedFrom().replaceAll(".*《|》.*", "") + "记者 " + names;
                }
                paragraphs.add("（原载于" + article.reprintedFrom() + "）");
            }
            case PHOTO -> paragraphs.add(names.isEmpty() ? "记者 佚名 摄" : "记者 " + names + " 摄");
            case BRIEF -> { }
        }
        if (article.continuedOn() != null) {
            paragraphs.add("（下转" + article.continuedOn() + "）");
        }
        return new PrintCopy(headline, subtitle, byline, List.copyOf(paragraphs));
    }
}
