package newsdesk.web.adminpage;

import java.util.List;
import newsdesk.feedback.AskedQuestion;

/**
 * One row of "what readers ask and the paper doesn't answer": one need, however many ways it was asked.
 *
 * @param words      the need's content words, most telling first: what the row is about at a glance
 * @param kind       what kind of fact is asked for, as the answer engine reads the cue words
 * @param asked      how many times it was asked in the period
 * @param none       of those, how many found nothing in the paper
 * @param notStated  how many found the topic but not the fact
 * @param wordings   distinct wordings, the most asked first, a few of them
 * @param disliked   the questions given a 👎 (any outcome), each of which an admin can give the right article
 * @param closest    the articles the answers offered most often: where a new story would start
 */
record ReaderNeed(List<String> words, String kind, int asked, int none, int notStated, List<String> wordings,
                  List<AskedQuestion> disliked, List<ClosestArticle> closest) {

    record ClosestArticle(String id, String title, String printed) {
    }
}
