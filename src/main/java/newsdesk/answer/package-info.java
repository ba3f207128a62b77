/**
 * From retrieved passages to a cited answer: the sentences that answer the question, quoted
 * verbatim, with their articles; or an honest "the paper has no report on this".
 * {@link newsdesk.answer.AnswerService} is the feature's facade.
 */
@NullMarked
package newsdesk.answer;

import org.jspecify.annotations.NullMarked;
