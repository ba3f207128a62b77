package newsdesk.ingest.cleaning;

/**
 * Folds full-width digits and Latin letters (２０２３, ＬＥＤ) to ASCII so numbers read, index and
 * compare as numbers. Full-width punctuation is Chinese typography and stays as it is.
 */
public final class FullWidthAlphanumerics implements LineCleaner {

    private static final int FULL_TO_ASCII = '０' - '0';

    @Override
    public String clean(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isFullWidthAlphanumeric(c)) {
                if (out == null) {
                    out = new StringBuilder(line);
                }
                out.setCharAt(i, (char) (c - FULL_TO_ASCII));
            } else if (c == '\u3000' && out == null) {
                out = new StringBuilder(line);
            }
        }
        return out == null ? line : out.toString().replace('\u3000', ' ');
    }

    private static boolean isFullWidthAlphanumeric(char c) {
        return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }
}
