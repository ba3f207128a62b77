package newsdesk.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.answer.dates.DateProperties;
import newsdesk.answer.dates.DateRange;
import newsdesk.search.Passage;
import newsdesk.search.PassageHit;

/** The texts and citations around an answer: what the paper does not say, and where it comes from. */
final class AnswerWording {

    private final AnswerProperties properties;

    AnswerWording(AnswerProperties properties) {
        this.properties = properties;
    }

    /** "报纸上关于“…”的报道没有写明联系电话。" */
    String notStated(AnswerType type, Passage closest) {
        // Indexed passages carry their article's display title; only benchmark passages may have none.
        String topic = closest.title().isBlank() ? AnswerText.firstSentence(closest.text()) : closest.title();
        return properties.notStatedText().replace("{topic}", topic).replace("{fact}", factName(type));
    }

    private static String factName(AnswerType type) {
        return switch (type) {
            case PHONE -> "联系电话";
            case PURPOSE -> "具体用途";
            case ADDRESS -> "具体地址";
            case TIME_OF_DAY -> "具体时间";
            case DATE -> "具体日期";
            case DATE_RANGE -> "起止日期";
            case DURATION -> "时长或期限";
            case FREQUENCY -> "多久一次";
            case AGE -> "年龄要求";
            case PERCENTAGE -> "具体比例";
            case MONEY -> "具体金额";
            case SIZE -> "面积或规模";
            case COUNT -> "具体数量";
            case PERSON -> "相关人员的姓名";
            case ORGANISATION -> "具体单位";
            case PLACE -> "具体地点";
            case LIST -> "具体清单";
            case PROCEDURE -> "办理的方法和步骤";
            case DOCUMENTS -> "需要准备的材料";
            case ELIGIBILITY -> "需要符合的条件";
            case REASON, MANNER, YES_NO, OTHER -> "您问的内容";
        };
    }

    /**
     * The answer's article first, its excerpt the whole quote; another article is cited only when its
     * best sentence answers nearly as well: a citation that does not support the answer misleads more
     * than a missing one.
     */
    List<Citation> citations(AnswerService.Candidate best, String quote, List<AnswerService.Candidate> candidates) {
        Map<String, Citation> perArticle = new LinkedHashMap<>();
        perArticle.put(best.passage().articleId(), citation(best.passage(), quote, best.sentence().score()));
        double floor = candidates.getFirst().sentence().score() * properties.citationShare();
        for (AnswerService.Candidate candidate : candidates) {
            if (perArticle.size() >= properties.citations() || candidate.sentence().score() < floor) {
                break;
            }
            perArticle.putIfAbsent(candidate.passage().articleId(),
                    citation(candidate.passage(), candidate.sentence().sentence(), candidate.sentence().score()));
        }
        return List.copyOf(perArticle.values());
    }

    /** The answer from the latest version of a fact, then the version it replaced. */
    List<Citation> withEarlier(AnswerService.Candidate latest, String quote, AnswerService.Candidate earlier) {
        return List.of(citation(latest.passage(), quote, latest.sentence().score()),
                citation(earlier.passage(), earlier.sentence().sentence(), earlier.sentence().score()));
    }

    /** "报纸上没有找到2023年12月的相关报道。最近的报道是《…》（2023年11月）。" */
    String nothingInRange(DateRange range, List<PassageHit> outside, DateProperties dates) {
        String text = dates.nothingInRangeText().replace("{range}", range.printed());
        if (outside.isEmpty()) {
            return text;
        }
        Passage nearest = outside.getFirst().passage();
        return text + dates.nearestText().replace("{title}", nearest.title()).replace("{date}", nearest.date().printed());
    }

    /** The closest articles, offered when the paper has no answer. */
    List<Citation> suggestions(List<PassageHit> hits) {
        Map<String, PassageHit> bestPerArticle = new LinkedHashMap<>();
        hits.forEach(hit -> bestPerArticle.putIfAbsent(hit.passage().articleId(), hit));
        return bestPerArticle.values().stream()
                .limit(properties.citations())
                .map(hit -> citation(hit.passage(), AnswerText.firstSentence(hit.passage().text()), hit.score()))
                .toList();
    }

    static Citation citation(Passage passage, String excerpt, double score) {
        return new Citation(passage.articleId(), passage.title(), passage.date(), passage.page(), passage.source(),
                excerpt, score);
    }
}
