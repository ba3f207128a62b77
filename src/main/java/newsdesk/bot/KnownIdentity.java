package newsdesk.bot;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The bot's identity once getMe succeeded. Start-up no longer waits for Telegram, so the identity is not
 * there when the beans are made; what needs it asks here, and the update source only opens after it is set.
 */
final class KnownIdentity implements Supplier<BotIdentity> {

    private final AtomicReference<BotIdentity> identity = new AtomicReference<>();

    void set(BotIdentity known) {
        identity.set(known);
    }

    Optional<BotIdentity> known() {
        return Optional.ofNullable(identity.get());
    }

    @Override
    public BotIdentity get() {
        return known().orElseThrow(() -> new IllegalStateException("the bot's identity is not known yet: getMe has not succeeded"));
    }
}
