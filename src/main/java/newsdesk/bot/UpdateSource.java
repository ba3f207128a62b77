package newsdesk.bot;

/** Where updates come from: the getUpdates loop or Telegram's webhook deliveries. */
interface UpdateSource {

    void start();

    void stop();
}
