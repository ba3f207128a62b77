/**
 * The rules of Chinese text that every feature must apply alike: what ends a sentence, which
 * closing marks stay with it, how full-width characters fold, and how much of a question is read.
 * Ingest, search, answer and the bot all call these, so a page is cut into the same sentences when it
 * is indexed, when an answer is quoted from it and when the answer is sent to Telegram. This package
 * depends on no other NewsDesk package; everyone may depend on it.
 */
@NullMarked
package newsdesk.text;

import org.jspecify.annotations.NullMarked;
