package newsdesk.eval;

import java.util.List;
import java.util.Optional;
import newsdesk.search.PassageHit;

/**
 * The seam where the answer layer joins the SQuAD evaluation: given a question and the passages
 * search returned, the first sentence it would quote. When a bean of this type exists, {@code eval
 * --squad} also prints answer-sentence hit@1.
 */
public interface AnswerProbe {

    Optional<String> firstAnswerSentence(String question, List<PassageHit> passages);
}
