package newsdesk.answer;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Meters the engine here, beside it, rather than in one front end: the bot, the web page, the API and
 * {@code ask} all take the AnswerEngine bean, so each question is counted once whoever asked it.
 */
@Configuration(proxyBeanMethods = false)
class AnswerMetricsConfiguration {

    /** Primary, so every front end that asks for an AnswerEngine gets the metered one. */
    @Bean
    @Primary
    AnswerEngine meteredAnswerEngine(AnswerService answers, MeterRegistry registry) {
        return new MeteredAnswerEngine(answers, registry);
    }
}
