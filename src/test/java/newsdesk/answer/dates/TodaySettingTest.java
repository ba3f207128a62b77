package newsdesk.answer.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** newsdesk.dates.today fixes the day questions are asked on, for tests and demos. */
class TodaySettingTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class, DatesConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DateProperties.class)
    static class Properties {
    }

    @Test
    void aFixedTodayIsTodayForEveryQuestion() {
        context.withPropertyValues("newsdesk.dates.today=2024-01-20").run(started ->
                assertThat(LocalDate.now(started.getBean(Clock.class))).isEqualTo(LocalDate.of(2024, 1, 20)));
    }

    @Test
    void withoutOneTodayIsTheDayWhereTheReadersLive() {
        context.run(started -> assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aTodayThatIsNoDateStopsTheStart() {
        context.withPropertyValues("newsdesk.dates.today=2024-13-45").run(started ->
                assertThat(started).hasFailed());
    }

    @Test
    void aRecencyWeightOutsideZeroToOneStopsTheStart() {
        context.withPropertyValues("newsdesk.dates.recency-weight=5").run(started -> assertThat(started).hasFailed());
    }
}
