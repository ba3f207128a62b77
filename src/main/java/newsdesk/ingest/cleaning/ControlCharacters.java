package newsdesk.ingest.cleaning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes control characters (Unicode category Cc: NUL, form feeds) and invisible format
 * characters (category Cf: zero-width spaces, byte order marks, soft hyphens, and the bidi
 * embeddings, overrides, isolates and marks that can make a title or a quote read differently from
 * what the text says). PDF extraction leaves the first kind; a hostile page file brings the second,
 * and either kind hides a dateline from the segmenter. A tab becomes a space so words stay apart.
 *
 * <p>One format character is kept: a zero-width joiner between two emoji, which is how 👨‍👩‍👧 is one
 * family and not three people. It cannot reorder text, and no Chinese text needs it anywhere else,
 * so everywhere else it goes too.
 */
public final class ControlCharacters implements LineCleaner {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t]]");
    private static final char EMOJI_PRESENTATION = '\uFE0F';
    private static final char ZERO_WIDTH_JOINER = '\u200D';

    @Override
    public String clean(String line) {
        String text = line.replace('\t', ' ');
        Matcher invisible = INVISIBLE.matcher(text);
        StringBuilder visible = new StringBuilder(text.length());
        int kept = 0;
        while (invisible.find()) {
            if (!joinsEmoji(text, invisible.start())) {
                visible.append(text, kept, invisible.start());
                kept = invisible.end();
            }
        }
        return visible.append(text, kept, text.length()).toString();
    }

    // Checked by code points rather than a regex look-behind, which does not match an emoji outside
    // the Basic Multilingual Plane (👨 is two chars in Java) before the joiner.
    private static boolean joinsEmoji(String text, int at) {
        if (text.charAt(at) != ZERO_WIDTH_JOINER || at == 0 || at + 1 == text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at + 1);
        boolean emojiBefore = Character.isExtendedPictographic(before) || Character.isEmojiModifier(before)
                || before == EMOJI_PRESENTATION;
        return emojiBefore && Character.isExtendedPictographic(after);
    }
}
