package newsdesk.bot;

import tools.jackson.databind.json.JsonMapper;

/** Bot API update JSON as Telegram sends it, for the stand-in to hand out. */
final class Updates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Updates() {
    }

    static String privateText(long chatId, String text) {
        return "{\"update_id\":0,\"message\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\",\"first_name\":\"市民\"},"
                + "\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"市民\"},"
                + "\"text\":" + quoted(text) + "}}";
    }

    static String groupText(long chatId, String text) {
        return groupText(chatId, text, "");
    }

    static String groupMention(long chatId, String text) {
        int at = text.indexOf("@" + BotApiStandIn.BOT_USERNAME);
        return groupText(chatId, text, ",\"entities\":[{\"type\":\"mention\",\"offset\":" + at + ",\"length\":"
                + (BotApiStandIn.BOT_USERNAME.length() + 1) + "}]");
    }

    static String groupReplyToBot(long chatId, String text) {
        return groupText(chatId, text, ",\"reply_to_message\":{\"message_id\":5,\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"group\",\"title\":\"街坊群\"},"
                + "\"from\":{\"id\":" + BotApiStandIn.BOT_ID + ",\"is_bot\":true,\"first_name\":\"NewsDesk\"},\"text\":\"答\"}");
    }

    private static String groupText(long chatId, String text, String extra) {
        return "{\"update_id\":0,\"message\":{\"message_id\":2,\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"group\",\"title\":\"街坊群\"},"
                + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"街坊\"},"
                + "\"text\":" + quoted(text) + extra + "}}";
    }

    static String buttonPress(long chatId, String callbackData) {
        return "{\"update_id\":0,\"callback_query\":{\"id\":\"cb-" + System.nanoTime() + "\","
                + "\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"市民\"},\"chat_instance\":\"ci\","
                + "\"data\":" + quoted(callbackData) + ","
                + "\"message\":{\"message_id\":101,\"date\":1700000000,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"text\":\"答\"}}}";
    }

    private static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }
}
