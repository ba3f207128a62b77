package newsdesk.answer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How answers are chosen and worded.
 *
 * @param passages        retrieved passages whose sentences compete to be the answer: 3, because a
 *                        sentence from a lower-ranked passage that shares more words is more often
 *                        wrong than right (CMRC trial: top 1 0.769, top 3 0.755, top 20 0.63)
 * @param citations       at most this many citations (one per article)
 * @param citationShare   a further article is cited when its best sentence scores at least this share
 *                        of the answer sentence's score
 * @param minCoverage     abstain when the best passage holds less than this share of the question's
 *                        term weight and its cosine is below {@code minCosine}; calibrated on the
 *                        sample-page question set (docs/BENCHMARKS.md)
 * @param minCosine       see {@code minCoverage}
 * @param minEvidence     nor abstain when coverage and cosine add up to this much: a colloquial question about a
 *                        printed topic is short of both (六一社区是归哪个街道办管的: 0.55 and 0.61), a question from
 *                        outside the paper far short of their sum (北京明天天气怎么样: 0.20 + 0.43; at most 0.76 on
 *                        the tuning sets' unanswerable questions, at least 0.92 on most colloquial answerable ones)
 * @param noAnswerText    said when the paper has no report on the question
 * @param notStatedText   said when the paper covers the topic but does not print the asked-for fact;
 *                        {@code {topic}} is the closest article's title, {@code {fact}} what was asked for
 * @param emptyQuestionText said when the question has no words to search for
 */
@Validated
@ConfigurationProperties("newsdesk.answer")
public record AnswerProperties(
        @Min(1) @DefaultValue("3") int passages,
        @Min(1) @DefaultValue("3") int citations,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.75") double citationShare,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double minCoverage,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.62") double minCosine,
        @DecimalMin("0.0") @DecimalMax("2.0") @DefaultValue("0.85") double minEvidence,
        @NotBlank @DefaultValue("抱歉，报纸上没有找到与这个问题相关的报道。") String noAnswerText,
        @NotBlank @DefaultValue("报纸上关于“{topic}”的报道没有写明{fact}。下面是这篇报道中最相关的一句。") String notStatedText,
        @NotBlank @DefaultValue("请用一句话提出您的问题，例如：困难毕业生补贴每人多少钱？") String emptyQuestionText) {
}
