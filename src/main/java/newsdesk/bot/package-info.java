/**
 * The Telegram front end: citizens ask in a chat and get cited answers. It sees the rest of NewsDesk
 * only through {@link newsdesk.answer.AnswerEngine}; {@link newsdesk.bot.BotConfiguration} wires it, and
 * only when a bot token is configured.
 */
@NullMarked
package newsdesk.bot;

import org.jspecify.annotations.NullMarked;
