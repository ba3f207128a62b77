package newsdesk.ingest.cleaning;

/**
 * Undoubles bold captions that PDF extraction printed twice per character (志志愿愿者者 → 志愿者).
 * Only a run of at least {@value #MIN_PAIRS} doubled characters in a row is touched: ordinary text
 * has real doubles (人人讲安全, 常常) but never four in a row.
 */
public final class DoubledCaptionCharacters implements LineCleaner {

    static final int MIN_PAIRS = 4;

    @Override
    public String clean(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int pairs = pairsFrom(line, i);
            if (pairs >= MIN_PAIRS) {
                for (int p = 0; p < pairs; p++) {
                    out.append(line.charAt(i + 2 * p));
                }
                i += 2 * pairs;
            } else {
                out.append(line.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static int pairsFrom(String line, int start) {
        int pairs = 0;
        for (int i = start; i + 1 < line.length(); i += 2) {
            char c = line.charAt(i);
            if (c != line.charAt(i + 1) || Character.isWhitespace(c)) {
                break;
            }
            pairs++;
        }
        return pairs;
    }
}
