package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A normalised question with what the scorers need from it, worked out once per question.
 *
 * @param weights each term's idf in the index: rare words tell more than common ones
 * @param focus   the content words next to the question's cue (补贴 in 补贴每人多少钱, 开门 in 几点开门):
 *                what the asked-for fact must belong to
 * @param asked   the question as typed, date words included: a sentence repeating what the question
 *                already says (2024年 in 2024年春季征兵报名截止到哪天) does not hold the asked-for fact
 * @param standIns for a term of an everyday word or typo the paper does not use (娃, 补帖), the paper's words
 *                search tried instead, each as its terms: a sentence holding one of them holds the term, or a
 *                citizen's 娃 would leave every answer short of the question and make it look unanswered
 * @param topicWeights each term's weight in what the question is about: its idf times how much its part of
 *                speech names a topic. 那个, 叫, 归, 找 are rare in print (the paper does not write 那个厨师长叫啥)
 *                and would otherwise weigh most, so a colloquial question about a printed topic looked off topic
 * @param synonyms for each term of two or more characters, the words of the same meaning a sentence may name it
 *                by (公司: 企业)
 */
record Question(String text, AnswerType type, List<String> terms, Map<String, Double> weights, Set<String> bigrams,
                Set<String> focus, String asked, Map<String, List<List<String>>> standIns,
                Map<String, Double> topicWeights, Map<String, Set<String>> synonyms) {

    /** Words that ask rather than tell; an answer sentence does not contain them. */
    static final Pattern QUESTION_WORDS = Pattern.compile(
            "多少|哪里|哪儿|哪些|哪个|哪位|哪天|哪家|什么|怎么|怎样|如何|为什么|何时|谁|几|哪|吗|呢|啥|咋|请问|可以|能否|是否|有没有|能不能");
    /** A period the asked figure is counted per (一天能来多少人, 每月领多少钱), which the paper prints as 每天, 每月. */
    private static final Pattern PER_PERIOD = Pattern.compile("(?<![第这那])[一每](天|日|月|年|周|星期)");
    /** Content words on each side of the cue that count as its focus. */
    private static final int FOCUS_WORDS_PER_SIDE = 2;

    static Question of(String normalized, TermStatistics statistics) {
        return of(normalized, normalized, statistics);
    }

    /** A question matched by {@code normalized} (its date words taken out) that was asked as {@code asked}. */
    static Question of(String normalized, String asked, TermStatistics statistics) {
        String content = QUESTION_WORDS.matcher(normalized).replaceAll(" ");
        List<String> terms = statistics.terms(content).stream()
                .filter(term -> !QUESTION_WORDS.matcher(term).matches())
                .distinct()
                .toList();
        Map<String, List<String>> alternatives = statistics.alternatives(normalized);
        Map<String, List<List<String>>> standIns = standIns(alternatives, terms, statistics);
        Map<String, Double> weights = new LinkedHashMap<>();
        terms.forEach(term -> weights.put(term, weight(term, standIns.get(term), statistics)));
        Map<String, String> tags = new HashMap<>();
        statistics.tagged(content).forEach(word -> tags.putIfAbsent(word.word(), word.tag()));
        Map<String, Double> topicWeights = new LinkedHashMap<>();
        weights.forEach((term, weight) -> topicWeights.put(term, weight * TopicWords.share(tags.get(term))));
        AnswerType type = AnswerType.of(normalized);
        Set<String> focus = focus(normalized, type, terms, alternatives, tags);
        Map<String, Set<String>> synonyms = new HashMap<>();
        terms.stream().filter(term -> term.length() >= 2).forEach(term -> synonyms.put(term, statistics.synonyms(term)));
        focus.forEach(word -> synonyms.putIfAbsent(word, statistics.synonyms(word)));
        return new Question(normalized, type, terms, Map.copyOf(weights), bigrams(content),
                focus, asked, Map.copyOf(standIns), Map.copyOf(topicWeights), Map.copyOf(synonyms));
    }

    /**
     * {@code present} with each term that one of its stand-ins stands for: a sentence with 子女 holds the 娃
     * of the question. All of a stand-in's terms must be there (社会保障 → 社会, 保障).
     */
    Set<String> withStandIns(Set<String> present) {
        if (standIns.isEmpty()) {
            return present;
        }
        Set<String> found = new HashSet<>(present);
        standIns.forEach((term, alternatives) -> {
            if (alternatives.stream().anyMatch(present::containsAll)) {
                found.add(term);
            }
        });
        return found;
    }

    /** The question's terms that come from each missing word or phrase, with that word's alternatives. */
    private static Map<String, List<List<String>>> standIns(Map<String, List<String>> alternatives, List<String> terms,
                                                            TermStatistics statistics) {
        Map<String, List<List<String>>> standIns = new LinkedHashMap<>();
        alternatives.forEach((missing, words) -> {
            List<List<String>> asTerms = words.stream().map(statistics::terms).filter(t -> !t.isEmpty()).toList();
            if (asTerms.isEmpty()) {
                return;
            }
            for (String term : termsOf(missing, terms, statistics)) {
                standIns.merge(term, asTerms, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
        });
        return standIns;
    }

    /**
     * The question's terms a missing stretch was cut into. Cut alone, the stretch may come out otherwise than in
     * the question (征冰 alone is one name, after 搬口街道 it is 征 + 冰); then its pieces are the question's terms
     * inside it.
     */
    private static List<String> termsOf(String missing, List<String> terms, TermStatistics statistics) {
        List<String> alone = statistics.terms(missing).stream().filter(terms::contains).toList();
        return alone.isEmpty() ? terms.stream().filter(missing::contains).toList() : alone;
    }

    /**
     * A term's idf; a word the paper never prints weighs as much as the rarest of the paper's words standing in
     * for it, not as an unseen word, which would weigh most of all.
     */
    private static double weight(String term, List<List<String>> standIns, TermStatistics statistics) {
        if (standIns == null || statistics.indexed(term)) {
            return statistics.idf(term);
        }
        return standIns.stream().flatMap(List::stream).mapToDouble(statistics::idf).max().orElse(statistics.idf(term));
    }

    /**
     * Each focus word as the paper may print it: itself, a word standing in for it (低保户 as 低保金), so that an
     * amount next to 低保金 is next to the 低保户 asked about, or a word of the same meaning (公司 as 企业).
     */
    Set<String> focusForms() {
        Set<String> forms = new LinkedHashSet<>();
        focus.forEach(word -> forms.addAll(formsOf(word)));
        return forms;
    }

    /** One of the question's words as the paper may print it, itself first. */
    Set<String> formsOf(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        standIns.getOrDefault(word, List.of()).forEach(terms -> forms.add(String.join("", terms)));
        forms.addAll(synonyms.getOrDefault(word, Set.of()));
        return forms;
    }

    /**
     * What a yes/no question asks whether: the focus word right after a cue inside the
     * question (每个 in 项城是不是每个村都建了), else the one right before a cue that ends it (掏钱 in 在图书馆里喝水要掏钱不);
     * empty when the question has no focus word beside its cue.
     */
    Optional<String> askedWhether() {
        Optional<MatchResult> cue = type.cueIn(text);
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        int start = cue.get().start();
        int end = cue.get().end();
        Optional<String> after = focus.stream()
                .filter(word -> text.indexOf(word) >= end)
                .min(Comparator.comparingInt(text::indexOf));
        Optional<String> before = focus.stream()
                .filter(word -> text.indexOf(word) >= 0 && text.indexOf(word) + word.length() <= start)
                .max(Comparator.comparingInt(text::indexOf));
        return after.or(() -> before);
    }

    /** The question's text with its cue words blanked: what an answer sentence may echo. */
    String content() {
        return QUESTION_WORDS.matcher(text).replaceAll(" ");
    }

    /**
     * {@code alternatives}: a word of two or more characters the paper does not print (补帖, a typo the analyser
     * cuts into 补 and 帖), and not itself a cue (多少钱), stands in the focus as the paper's word for it (补贴), which a sentence can print.
     * Words that only hold the question together (那个, 一共: {@link TopicWords}) name nothing the fact belongs to; the
     * period a figure is asked per does (每天 for 一天能来多少人: 每天接待300余人).
     */
    private static Set<String> focus(String text, AnswerType type, List<String> terms,
                                     Map<String, List<String>> alternatives, Map<String, String> tags) {
        int cue = cuePosition(text, type);
        if (cue < 0) {
            return Set.of();
        }
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        for (String term : terms) {
            int at = text.indexOf(term);
            // Single characters (第, 个, 日) are too common to tell what the fact must belong to.
            if (at >= 0 && term.length() >= 2 && TopicWords.share(tags.get(term)) > 0) {
                byPosition.putIfAbsent(at, term);
            }
        }
        alternatives.forEach((missing, words) -> {
            int at = text.indexOf(missing);
            // 多少钱 is the cue itself: its stand-in 补贴 would make any amount's sentence need a subsidy.
            if (at >= 0 && missing.length() >= 2 && !QUESTION_WORDS.matcher(missing).find()
                    && !words.isEmpty() && words.getFirst().length() >= 2) {
                byPosition.putIfAbsent(at, words.getFirst());
            }
        });
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        byPosition.forEach((at, term) -> (at < cue ? before : after).add(term));
        Set<String> focus = new LinkedHashSet<>();
        before.subList(Math.max(0, before.size() - FOCUS_WORDS_PER_SIDE), before.size()).forEach(focus::add);
        after.subList(0, Math.min(FOCUS_WORDS_PER_SIDE, after.size())).forEach(focus::add);
        var period = PER_PERIOD.matcher(text);
        if (type.checkable() && period.find()) {
            focus.add("每" + period.group(1));
        }
        return focus;
    }

    /**
     * Where the question asks: at the question word inside the cue of the kind asked for (多少 in 补贴标准每人多少钱,
     * whose cue begins at 补贴), at that cue when it holds none (占地), else at the first question word; -1 for none.
     */
    private static int cuePosition(String text, AnswerType type) {
        var asking = QUESTION_WORDS.matcher(text);
        return type.cueIn(text)
                .map(cue -> asking.region(cue.start(), cue.end()).find() ? asking.start() : cue.start())
                .orElseGet(() -> asking.reset().find() ? asking.start() : -1);
    }

    private static Set<String> bigrams(String text) {
        Set<String> bigrams = new LinkedHashSet<>();
        String han = text.replaceAll("[^\\p{IsHan}]+", "|");
        for (int i = 0; i + 1 < han.length(); i++) {
            if (han.charAt(i) != '|' && han.charAt(i + 1) != '|') {
                bigrams.add(han.substring(i, i + 2));
            }
        }
        return bigrams;
    }
}
