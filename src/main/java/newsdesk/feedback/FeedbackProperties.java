package newsdesk.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the question log lives and how long it is kept.
 *
 * @param enabled       off for the command-line tools, which ask nobody's questions and must not lock the file a
 *                      running service holds (application-cli.yaml); {@code feedback export} turns it back on
 * @param database      the H2 file, without H2's {@code .mv.db} ending; beside the index (application.yaml)
 * @param secret        the HMAC key for chat ids and visitors ({@code NEWSDESK_FEEDBACK_SECRET}); when empty one is
 *                      generated once into {@code secret-file}. At least 32 characters: a short key would let
 *                      anyone with the file find a chat by trying every chat id
 * @param retention     180 days: long enough to see a season's questions, short enough that nobody's past
 *                      questions pile up for years
 * @param reasonWindow  how long after a 👎 the chat's next message is taken as its reason rather than a question
 * @param queue         questions waiting to be written; when the disk is slow, more are dropped from the log, never
 *                      held in front of an answer
 */
@Validated
@ConfigurationProperties("newsdesk.feedback")
public record FeedbackProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("index/newsdesk-db") @NotNull Path database,
        @DefaultValue("index/newsdesk-secret") @NotNull Path secretFile,
        // Checked by validation, not here, so the failure report hides it (cli.SecretMaskingBindFailureAnalyzer).
        @DefaultValue("") @Pattern(regexp = "|.{32,}",
                message = "must have at least 32 characters; leave it empty to have one generated") String secret,
        @DefaultValue("180d") @NotNull Duration retention,
        @DefaultValue("5m") @NotNull Duration reasonWindow,
        @DefaultValue("1000") @Min(1) @Max(100_000) int queue) {

    public FeedbackProperties {
        // index/lucene/../newsdesk-db is index/newsdesk-db, even before index/lucene exists.
        database = database == null ? null : database.normalize();
        secretFile = secretFile == null ? null : secretFile.normalize();
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException("newsdesk.feedback.retention must be positive, e.g. 180d; was " + retention);
        }
        if (reasonWindow != null && (reasonWindow.isNegative() || reasonWindow.isZero())) {
            throw new IllegalArgumentException("newsdesk.feedback.reason-window must be positive, e.g. 5m; was "
                    + reasonWindow);
        }
    }

    @Nullable String configuredSecret() {
        return secret.isEmpty() ? null : secret;
    }

    /** Settings are printed in failure reports; the secret's length is all they may show. */
    @Override
    public String toString() {
        return "FeedbackProperties[enabled=" + enabled + ", database=" + database + ", secretFile=" + secretFile
                + ", secret=" + (secret.isEmpty() ? "(generated)" : "(hidden)") + ", retention=" + retention
                + ", reasonWindow=" + reasonWindow + ", queue=" + queue + "]";
    }
}
