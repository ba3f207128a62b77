package newsdesk.answer.dates;

import java.time.Clock;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock questions are dated by; a fixed today makes 昨天 and 上个月 reproducible. */
@Configuration(proxyBeanMethods = false)
class DatesConfiguration {

    @Bean
    Clock clock(DateProperties properties) {
        if (properties.today() == null) {
            return Clock.system(properties.zone());
        }
        // Noon, so the fixed day is the same day in any zone a test might convert it to.
        return Clock.fixed(properties.today().atTime(LocalTime.NOON).atZone(properties.zone()).toInstant(),
                properties.zone());
    }
}
