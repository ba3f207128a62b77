package newsdesk.bot;

/** Who the bot is on Telegram (from getMe), so group messages addressed to it can be recognised. */
record BotIdentity(long id, String username) {
}
