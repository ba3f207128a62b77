package newsdesk.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The admin feature's threads: one for refreshes, so they never overlap, with a short queue of waiting
 * requests; one for embedding after them.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    static final String REFRESH_EXECUTOR = "refreshExecutor";
    static final String VECTOR_EXECUTOR = "vectorExecutor";

    @Bean(name = REFRESH_EXECUTOR)
    ThreadPoolTaskExecutor refreshExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(4);
        executor.setThreadNamePrefix("newsdesk-refresh-");
        // On shutdown the running refresh stops at its next file or passage (IndexMaintenance.stopRefreshes) and
        // rolls back its batch; waiting lets it do so before the index closes.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(120);
        return executor;
    }

    /** Embedding in the background: one thread (the model's own threads are its setting), one fill queued. */
    @Bean(name = VECTOR_EXECUTOR)
    ThreadPoolTaskExecutor vectorExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1);
        executor.setThreadNamePrefix("newsdesk-vectors-");
        // The fill stops at its next passage on shutdown (BackgroundVectors.stopFilling) and rolls its batch back.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
