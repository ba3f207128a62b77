package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TelegramPropertiesTest {

    @EnableConfigurationProperties(TelegramProperties.class)
    static class Settings {
    }

    @Test
    void printingTheSettingsShowsNeitherTheTokenNorTheWebhookSecret() {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("newsdesk.telegram.token=" + BotApiStandIn.TOKEN,
                        "newsdesk.telegram.webhook.url=https://bot.example.cn/telegram/webhook",
                        "newsdesk.telegram.webhook.secret=s3cret-for-tests-only")
                .run(context -> {
                    String printed = context.getBean(TelegramProperties.class).toString();
                    assertThat(printed).doesNotContain(BotApiStandIn.TOKEN).doesNotContain("AAStandInToken")
                            .doesNotContain("s3cret-for-tests-only")
                            .contains("token=****", "secret=****", "keepFor=PT10M", "maxDelay=PT30S");
                });
    }
}
