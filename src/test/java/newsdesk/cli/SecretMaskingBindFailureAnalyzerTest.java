package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

@ExtendWith(OutputCaptureExtension.class)
class SecretMaskingBindFailureAnalyzerTest {

    @Validated
    @ConfigurationProperties("masking.test")
    record Secrets(@Pattern(regexp = "\\d+:[A-Za-z0-9_-]{20,}", message = "must look like a bot token") String token,
                   @Pattern(regexp = "https?://.+", message = "must be a URL") String apiUrl) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Secrets.class)
    @ImportAutoConfiguration(ValidationAutoConfiguration.class)
    static class App {
    }

    @Test
    void startUpNamesTheBadTokenWithoutPrintingIt(CapturedOutput output) {
        SpringApplication app = new SpringApplication(App.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> app.run("--masking.test.token=123:my-real-token with-a-typo",
                "--masking.test.api-url=htp:/x")).isNotNull();

        assertThat(output.getAll())
                .contains("masking.test.token", "must look like a bot token", "(hidden: 29 characters)")
                .contains("\"htp:/x\"")
                .doesNotContain("my-real-token");
    }
}
