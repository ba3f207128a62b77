package newsdesk.feedback;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The question log as the service wires it (Boot's Flyway and JdbcClient on our DataSource), its database file
 * and key in the test's folder. Public for the bot and web tests that rate answers.
 */
public final class FeedbackStorage {

    private FeedbackStorage() {
    }

    public static ApplicationContextRunner in(Path folder, Clock clock) {
        return kept(folder, clock).apply(new ApplicationContextRunner());
    }

    /** Adds the question log to another feature's context, e.g. {@code runner.with(FeedbackStorage.kept(...))}. */
    public static UnaryOperator<ApplicationContextRunner> kept(Path folder, Clock clock) {
        return runner -> runner
                .withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
                        JacksonAutoConfiguration.class))
                .withUserConfiguration(StorageConfiguration.class)
                .withBean(Clock.class, () -> clock)
                .withPropertyValues(properties(folder));
    }

    /** Every rated answer in the log, as an export lists them. */
    public static List<FeedbackRow> rated(ApplicationContext context) {
        return context.getBean(FeedbackExport.class).rows(null);
    }

    /** The settings that put the database and its key into {@code folder}. */
    public static String[] properties(Path folder) {
        return new String[] {"newsdesk.feedback.database=" + database(folder),
                "newsdesk.feedback.secret-file=" + folder.resolve("newsdesk-secret")};
    }

    public static Path database(Path folder) {
        return folder.resolve("newsdesk-db");
    }

    /**
     * Returns once every question logged so far is written: the writer is one thread taking tasks in order,
     * so a task queued now runs after them.
     */
    public static void written(ApplicationContext context) {
        try {
            context.getBean("feedbackWriter", ThreadPoolTaskExecutor.class).submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
