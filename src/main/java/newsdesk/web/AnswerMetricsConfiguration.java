package newsdesk.web;

import io.micrometer.core.instrument.MeterRegistry;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class AnswerMetricsConfiguration {

    /** Primary, so every front end that asks for an AnswerEngine gets the metered one. */
    @Bean
    @Primary
    AnswerEngine meteredAnswerEngine(AnswerService answers, MeterRegistry registry) {
        return new MeteredAnswerEngine(answers, registry);
    }
}
