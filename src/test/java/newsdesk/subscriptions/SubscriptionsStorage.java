package newsdesk.subscriptions;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import newsdesk.feedback.FeedbackStorage;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Subscriptions and the feeds as the service wires them, on the question log's database in the test's folder
 * ({@link FeedbackStorage}). The context must have a SearchService. Public for the bot and web tests.
 */
public final class SubscriptionsStorage {

    private SubscriptionsStorage() {
    }

    /** The feeds alone, which need no database: only the context's SearchService. */
    public static UnaryOperator<ApplicationContextRunner> feeds() {
        return runner -> runner.withUserConfiguration(FeedConfiguration.class);
    }

    public static UnaryOperator<ApplicationContextRunner> kept(Path folder, Clock clock) {
        return runner -> FeedbackStorage.kept(folder, clock).apply(runner)
                .withUserConfiguration(FeedConfiguration.class, SubscriptionsConfiguration.class);
    }
}
