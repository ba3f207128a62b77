package newsdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsdesk.feedback.ChatKeys;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How a chat's subscriptions are kept: by the question log's pseudonym and a sealed id, surviving a restart. */
class StoredSubscriptionsTest {

    /** A chat id long enough that finding its digits in the file by chance is out of the question. */
    private static final long ALICE = 987_654_321_012L;

    @TempDir
    Path folder;

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner().with(SubscriptionsStorage.kept(folder, Clock.systemUTC()))
                .withBean(SearchService.class, SearchFixtures::samplePages);
    }

    @Test
    void aChatIsKeptByItsPseudonymAndItsSealedIdAndTheFileHoldsNoChatIdInClear() throws IOException {
        service().run(context -> {
            assertThat(context.getBean(Subscriptions.class).subscribe(ALICE, "征兵").outcome())
                    .isEqualTo(Subscriptions.Outcome.ADDED);
            ChatKeys keys = context.getBean(ChatKeys.class);
            var row = context.getBean(JdbcClient.class).sql("SELECT chat, sealed_chat FROM subscription")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
            assertThat(row[0]).isEqualTo(keys.pseudonym(ALICE));
            assertThat(row[1]).doesNotContain(Long.toString(ALICE));
            assertThat(keys.unseal(row[1])).isEqualTo(ALICE);
        });

        String file = new String(Files.readAllBytes(folder.resolve("newsdesk-db.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain(Long.toString(ALICE));
    }

    @Test
    void subscriptionsSurviveARestartOfTheService() {
        service().run(context -> context.getBean(Subscriptions.class).subscribe(ALICE, "清凉空间"));

        service().run(context -> assertThat(context.getBean(Subscriptions.class).topics(ALICE)).containsExactly("清凉空间"));
    }

    /**
     * Many /subscribe commands or button presses of one chat at once (the bot's workers run them side by side;
     * presses skip the rate limit): the limit holds. Rounds of 40 at once, as one round rarely overlaps enough.
     */
    @Test
    void aChatSubscribingManyTopicsAtOnceStillHasAtMostTheLimit() {
        service().run(context -> {
            Subscriptions subscriptions = context.getBean(Subscriptions.class);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                for (long chat = 1; chat <= 5; chat++) {
                    long round = chat;
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<Subscriptions.Subscribed>> presses = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        String topic = "话题" + i;
                        presses.add(pool.submit(() -> {
                            go.await();
                            return subscriptions.subscribe(round, topic);
                        }));
                    }
                    go.countDown();
                    for (Future<Subscriptions.Subscribed> press : presses) {
                        press.get();
                    }
                    assertThat(subscriptions.topics(round)).as("chat %d", round).hasSize(subscriptions.maxPerChat());
                }
            } finally {
                pool.shutdownNow();
            }
        });
    }
}
