package newsdesk.ingest;

import java.nio.file.Path;

/**
 * A page file that was read: how many articles it gave, how long its text was, and how many
 * invisible control and format characters (bidi controls, zero-width characters…) had to be removed
 * from it. A page that needed many removed was made by a tool worth looking at, or by an attacker.
 * A scan also says how many of its images OCR read and how many came from the OCR cache.
 */
public record PageRead(Path file, int articles, long characters, int invisibleCharactersRemoved,
                       int imagesRecognised, int imagesFromCache) {

    public String name() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    @Override
    public String toString() {
        return name() + ": " + articles + " articles, " + invisibleCharactersRemoved
                + " invisible control or format characters removed";
    }
}
