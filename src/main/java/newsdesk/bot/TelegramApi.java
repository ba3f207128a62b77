package newsdesk.bot;

import java.net.URI;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The configured Bot API base URL in the form the library takes, for the client and the poller alike. */
final class TelegramApi {

    private TelegramApi() {
    }

    static TelegramUrl url(URI apiUrl) {
        boolean https = "https".equals(apiUrl.getScheme());
        int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }
}
