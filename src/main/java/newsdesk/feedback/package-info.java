/**
 * What readers asked and what they thought of the answers: every answered question with its outcome,
 * and the 👍 / 👎 (with an optional reason) given on it, in an embedded H2 file. Askers are kept only as
 * keyed hashes ({@link newsdesk.feedback.Pseudonyms}). {@link newsdesk.feedback.Feedback} is the feature's
 * facade for the front ends; {@link newsdesk.feedback.ChatKeys} lets a feature that keeps chats beside the log
 * (subscriptions) keep them the same way.
 */
@NullMarked
package newsdesk.feedback;

import org.jspecify.annotations.NullMarked;
