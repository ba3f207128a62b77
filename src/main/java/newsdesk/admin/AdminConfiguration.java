package newsdesk.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The admin feature's thread: one, so refreshes never overlap, with a short queue of waiting requests. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    static final String REFRESH_EXECUTOR = "refreshExecutor";

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
}
