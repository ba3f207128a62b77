package newsdesk.answer;

/**
 * The longest run of characters two texts share. A reading-comprehension question is often written
 * from its answer sentence and keeps a phrase of it whole, which single words do not show.
 */
final class CommonRun {

    private CommonRun() {
    }

    /** Length of the longest common substring of Han characters, letters and digits; punctuation never counts. */
    static int longest(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            char c = a.charAt(i - 1);
            boolean counts = Character.isLetterOrDigit(c);
            for (int j = 1; j <= b.length(); j++) {
                current[j] = counts && c == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                best = Math.max(best, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }
}
