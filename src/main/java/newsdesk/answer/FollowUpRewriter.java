package newsdesk.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.search.TaggedWord;

/**
 * Completes a follow-up question from the conversation's last question (as it was understood), and
 * leaves a question that names its own subject alone. Two rules, in this order:
 * <ol>
 *   <li><b>A bare new subject</b> ("那文化馆呢？", "高龄补贴呢"): the last question is asked again about
 *       X. X takes the place of the last question's word with the same head (图书馆 → 文化馆, 满意率 →
 *       一次性化解率, 许湾街道 → 文昌街道); without one, X takes the place of its subject nouns, keeping its
 *       places, times and the asked-for part (…发了多少低保金 → …发了多少高龄补贴).</li>
 *   <li><b>A question leaning on the last one</b>: it opens with 那/这个/它/那里/还有 …, or it has no
 *       subject word of its own that the index knows ("钱打到哪里", "怎么申请", "什么时候开始发的"). The last
 *       question's subject words are put in front of it (困难毕业生补贴 + 一共多少人领到了); a last
 *       question without any lends all its content.</li>
 * </ol>
 * Subject words are the analysed nouns and names of two or more characters that are rare enough in the
 * index to point at a topic ({@link #MIN_SUBJECT_IDF}); 今年, 群众 or 工作 do not.
 */
final class FollowUpRewriter {

    /** Opening words that point back at the last question's subject. */
    private static final Pattern LEANING_START = Pattern.compile(
            "^(?:那么|那个|那些|那里面|那里|那边|这个|这些|这里|这边|它们|它|他们|她们|其中|还有|另外|此外|会上|里面|那|这)");
    /** 那X呢 / X呢 / 还有X呢, where X asks nothing itself. */
    private static final Pattern BARE_SUBJECT = Pattern.compile("^(?:那么|那|还有)?(.+?)呢[?？!！。.\\s]*$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[?？!！。.,，\\s]+$");
    /**
     * A noun or name is a subject word from this idf on (BM25's form, over the sample pages' passages): below
     * it are words most passages use (工作 0.4, 群众 0.8, 问题 1.0 is the edge). Tuned on followups-tune.jsonl:
     * 0.5 and 1.0 got 23/32 follow-ups right, 1.5 and 2.0 22/32.
     */
    private static final double MIN_SUBJECT_IDF = 1.0;

    private final QuestionNormalizer normalizer = new QuestionNormalizer();
    private final TermStatistics statistics;

    FollowUpRewriter(TermStatistics statistics) {
        this.statistics = statistics;
    }

    /** The follow-up {@code typed} completed from {@code previous}; empty when it stands on its own. */
    Optional<String> followUp(String typed, String previous) {
        String question = normalizer.normalize(typed);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        Matcher bare = BARE_SUBJECT.matcher(question);
        if (bare.matches() && !Question.QUESTION_WORDS.matcher(bare.group(1)).find()) {
            return Optional.of(withSubject(previous, bare.group(1)));
        }
        Matcher leaning = LEANING_START.matcher(question);
        if (leaning.find()) {
            return carried(question.substring(leaning.end()), previous);
        }
        boolean ownSubject = statistics.tagged(question).stream().anyMatch(word -> isSubject(word) && isNounOrName(word));
        return ownSubject ? Optional.empty() : carried(question, previous);
    }

    /**
     * {@code typed} with the subject words of {@code previous} put in front, whether or not it looked like a
     * follow-up; empty when that adds nothing.
     */
    Optional<String> completed(String typed, String previous) {
        return carried(normalizer.normalize(typed), previous);
    }

    private Optional<String> carried(String own, String previous) {
        StringBuilder carried = new StringBuilder();
        for (TaggedWord word : statistics.tagged(previous)) {
            if (isSubject(word) && !own.contains(word.word()) && carried.indexOf(word.word()) < 0) {
                carried.append(word.word());
            }
        }
        if (carried.isEmpty()) {
            // A last question without a subject word ("一匠两手啥意思": 一/匠/两手) lends all its content instead.
            carried.append(END_PUNCTUATION.matcher(Question.QUESTION_WORDS.matcher(previous).replaceAll("")).replaceAll(""));
        }
        return carried.isEmpty() || own.isEmpty() ? Optional.empty() : Optional.of(carried + own);
    }

    /** The previous question asked about {@code subject} instead of what it was about. */
    private String withSubject(String previous, String subject) {
        List<TaggedWord> words = statistics.tagged(previous);
        Optional<TaggedWord> sameHead = words.stream()
                .filter(word -> word.word().length() >= 2 && !word.word().equals(subject))
                .filter(word -> word.word().charAt(word.word().length() - 1) == subject.charAt(subject.length() - 1))
                .reduce((first, second) -> second.word().length() >= first.word().length() ? second : first);
        if (sameHead.isPresent()) {
            TaggedWord replaced = sameHead.get();
            return previous.substring(0, replaced.offset()) + subject
                    + previous.substring(replaced.offset() + replaced.word().length());
        }
        StringBuilder text = new StringBuilder();
        boolean placed = false;
        for (TaggedWord word : words) {
            boolean replaceable = isSubject(word) && isNounOrName(word) && !word.isPlaceName();
            if (replaceable || subject.contains(word.word())) {
                if (!placed) {
                    text.append(subject);
                    placed = true;
                }
            } else {
                text.append(word.word());
            }
        }
        return placed ? text.toString() : subject + previous;
    }

    /**
     * A word that tells what a question is about: a place name, or a noun, name or verbal noun of two or more
     * characters that the index holds and that is rare enough there ({@link #MIN_SUBJECT_IDF}).
     */
    private boolean isSubject(TaggedWord word) {
        String tag = word.tag();
        boolean nounLike = isNounOrName(word) || tag.equals("vn");
        return nounLike && word.word().length() >= 2 && !Question.QUESTION_WORDS.matcher(word.word()).matches()
                && statistics.indexed(word.word())
                && (word.isPlaceName() || statistics.idf(word.word()) >= MIN_SUBJECT_IDF);
    }

    /** A verbal noun (检查, 宣传) says what is asked rather than about what, so it is no subject of its own. */
    private static boolean isNounOrName(TaggedWord word) {
        return word.tag().startsWith("n") || word.tag().startsWith("j");
    }
}
