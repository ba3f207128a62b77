package newsdesk.feedback;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The question log's database: an H2 file beside the index, so the service still needs nothing installed.
 * This DataSource is the only one (Boot's own DataSource auto-configuration is excluded in application.yaml,
 * so a run with the log off gets no in-memory database either); Boot's Flyway and JdbcClient configurations
 * use it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "newsdesk.feedback.enabled", matchIfMissing = true)
@EnableConfigurationProperties(FeedbackProperties.class)
@EnableScheduling
class StorageConfiguration {

    /** Writes are one row at a time from one writer thread, plus a rating now and then. */
    private static final int CONNECTIONS = 3;

    @Bean
    DataSource feedbackDataSource(FeedbackProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url(properties.database()));
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(CONNECTIONS);
        dataSource.setMinimumIdle(1);
        dataSource.setPoolName("feedback");
        return dataSource;
    }

    /**
     * An absolute path, because H2 refuses relative ones. The file is opened by this process alone
     * (H2's default file lock), so a second service on the same folder fails at start rather than
     * corrupting it. Each commit is written to the file at once (H2 waits half a second by default), so a
     * rating survives a crash of the service right after it.
     */
    static String url(Path database) {
        return "jdbc:h2:file:" + database.toAbsolutePath().normalize() + ";WRITE_DELAY=0";
    }

    @Bean
    FeedbackStore feedbackStore(JdbcClient jdbcClient) {
        return new FeedbackStore(jdbcClient);
    }

    @Bean
    Pseudonyms pseudonyms(FeedbackProperties properties) {
        return new Pseudonyms(SecretFile.key(properties));
    }

    /** For the features that keep chats beside the question log (subscriptions), under the same secret. */
    @Bean
    ChatKeys chatKeys(Pseudonyms pseudonyms, FeedbackProperties properties) {
        return new ChatKeys(pseudonyms, SecretFile.key(properties));
    }

    /**
     * One thread: rows arrive in the order answers were given, and H2 takes one writer at a time anyway.
     * Shut down with the context after the queued rows are written, and before the database closes: without
     * the dependency the pool could close first, and the rows still queued (a 👍 pressed just before a
     * shutdown) were lost.
     */
    @Bean
    @DependsOn("feedbackDataSource")
    ThreadPoolTaskExecutor feedbackWriter(FeedbackProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(properties.queue());
        executor.setThreadNamePrefix("feedback-writer-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    Feedback feedback(FeedbackStore feedbackStore, Pseudonyms pseudonyms, ThreadPoolTaskExecutor feedbackWriter,
                      Clock clock, FeedbackProperties properties) {
        return new Feedback(feedbackStore, pseudonyms, feedbackWriter, clock, properties.reasonWindow());
    }

    @Bean
    Retention retention(FeedbackStore feedbackStore, FeedbackProperties properties, Clock clock) {
        return new Retention(feedbackStore, properties, clock);
    }

    @Bean
    FeedbackExport feedbackExport(FeedbackStore feedbackStore, tools.jackson.databind.json.JsonMapper jsonMapper,
                                  Clock clock) {
        return new FeedbackExport(feedbackStore, jsonMapper, clock);
    }

    @Bean
    ReaderQuestions readerQuestions(JdbcClient jdbcClient, Clock clock) {
        return new ReaderQuestions(new QuestionLogQueries(jdbcClient), clock);
    }

    @Bean
    FeedbackCommand feedbackCommand(FeedbackExport feedbackExport) {
        return new FeedbackCommand(feedbackExport);
    }
}
