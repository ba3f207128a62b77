package newsdesk.answer;

/**
 * How much a word of a question, by its HanLP part of speech, says what the question is about. Nouns, names,
 * numbers and letters name the topic; verbs and adjectives partly (发放, 开放); pronouns, adverbs, prepositions,
 * particles and the like only hold the question together, however rare they are in print (那个, 咋, 把).
 */
final class TopicWords {

    /** Share for verbs and adjectives: 发 and 领 matter less than 低保金, more than 那个. */
    private static final double PREDICATE = 0.5;

    private TopicWords() {
    }

    /** 1 for a topic word or a word the tagger cut differently (no tag), down to 0 for a function word. */
    static double share(String tag) {
        if (tag == null || tag.isEmpty()) {
            return 1;
        }
        return switch (tag.charAt(0)) {
            // vn (a verb used as a noun: 征兵, 救助) names a topic like a noun.
            case 'v' -> tag.startsWith("vn") ? 1 : PREDICATE;
            case 'a' -> tag.startsWith("an") ? 1 : PREDICATE;
            // r pronoun, d adverb, p preposition, c conjunction, u particle, y modal, e interjection,
            // o onomatopoeia, q measure word, f direction word, w punctuation.
            case 'r', 'd', 'p', 'c', 'u', 'y', 'e', 'o', 'q', 'f', 'w' -> 0;
            default -> 1;
        };
    }
}
