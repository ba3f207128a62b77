package newsdesk.ingest.cleaning;

import java.text.Normalizer;

/**
 * Maps the Kangxi radicals (U+2F00–U+2FDF) and the CJK radicals supplement (U+2E80–U+2EFF) to the
 * ordinary characters they look like. A PDF font without a ToUnicode map comes out of extraction as
 * those radicals (⼯ for 工, MEASUREMENTS.md), and a radical never matches the word a reader
 * searches for. Only these two blocks are normalised: NFKC on the whole line would also fold
 * full-width punctuation, circled digits and ligatures that the other steps handle on their own terms.
 * Most of the supplement has no compatibility mapping and stays as it is.
 */
public final class RadicalCharacters implements LineCleaner {

    @Override
    public String clean(String line) {
        if (line.codePoints().noneMatch(RadicalCharacters::isRadical)) {
            return line;
        }
        StringBuilder text = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (isRadical(c)) {
                text.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }

    private static boolean isRadical(int c) {
        return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
    }
}
