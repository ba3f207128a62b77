package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-up questions over the real index of the five sample pages, as a citizen would ask them. */
class ConversationEngineTest {

    private static final ConversationKey ALICE = ConversationKey.telegramChat(4201);
    private static final ConversationKey BOB = ConversationKey.telegramChat(4202);

    static SearchService search;
    static AnswerService answers;

    /** Caffeine's clock, moved by the test instead of waiting. */
    private final AtomicLong nanos = new AtomicLong();
    private Conversations conversations;

    @BeforeAll
    static void indexSamplePages() {
        search = SearchFixtures.samplePages();
        answers = AnswerFixtures.over(search);
    }

    @BeforeEach
    void freshConversations() {
        conversations = ConversationFixtures.over(answers, search, nanos::get);
    }

    @Test
    void theSecondAndThirdQuestionsAreAnsweredAboutTheFirstOnesTopic() {
        Answer first = conversations.answer(ALICE, "示范区三八妇女节表彰了多少个红旗集体");
        Answer second = conversations.answer(ALICE, "巾帼建功标兵呢");
        Answer third = conversations.answer(ALICE, "这是第几周年");

        assertThat(first.understoodAs()).isNull();
        assertThat(first.answer()).contains("7个三八红旗集体");
        assertThat(second.question()).isEqualTo("巾帼建功标兵呢");
        assertThat(second.understoodAs()).contains("示范区", "巾帼建功标兵");
        assertThat(second.answer()).contains("29名巾帼建功标兵");
        assertThat(third.understoodAs()).contains("示范区").endsWith("是第几周年");
        assertThat(third.answer()).contains("114周年");
    }

    @Test
    void theSameFollowUpAskedAloneIsNotCompleted() {
        Answer alone = conversations.answer(ALICE, "巾帼建功标兵呢");

        assertThat(alone.understoodAs()).isNull();
        assertThat(alone.question()).isEqualTo("巾帼建功标兵呢");
    }

    @Test
    void aQuestionThatNamesItsOwnSubjectIsNotRewritten() {
        conversations.answer(ALICE, "困难毕业生补贴每人多少");

        Answer standalone = conversations.answer(ALICE, "项城市便民服务微信群进群群众有多少人？");

        assertThat(standalone.understoodAs()).isNull();
        assertThat(standalone.answer()).contains("69万余人");
    }

    @Test
    void aBareNewSubjectTakesTheOldOnesPlaceAndKeepsWhatWasAsked() {
        conversations.answer(ALICE, "川汇区图书馆清凉空间免费提供啥药");

        Answer museum = conversations.answer(ALICE, "那文化馆呢？");

        assertThat(museum.understoodAs()).isEqualTo("川汇区文化馆清凉空间免费提供啥药");
    }

    @Test
    void chatsDoNotShareTheirHistory() {
        conversations.answer(ALICE, "示范区三八妇女节表彰了多少个红旗集体");

        Answer bobs = conversations.answer(BOB, "巾帼建功标兵呢");

        assertThat(bobs.understoodAs()).isNull();
    }

    @Test
    void forgettingAConversationMakesTheNextQuestionStandAlone() {
        conversations.answer(ALICE, "示范区三八妇女节表彰了多少个红旗集体");

        conversations.forget(ALICE);

        assertThat(conversations.answer(ALICE, "巾帼建功标兵呢").understoodAs()).isNull();
    }

    @Test
    void aConversationIsForgottenAfterHalfAnHourWithoutAQuestion() {
        conversations.answer(ALICE, "示范区三八妇女节表彰了多少个红旗集体");
        conversations.answer(BOB, "示范区三八妇女节表彰了多少个红旗集体");

        nanos.addAndGet(Duration.ofMinutes(29).toNanos());
        Answer stillFollowing = conversations.answer(BOB, "巾帼建功标兵呢");
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        Answer afterAPause = conversations.answer(ALICE, "巾帼建功标兵呢");

        assertThat(stillFollowing.understoodAs()).isNotNull();
        assertThat(afterAPause.understoodAs()).isNull();
    }

    @Test
    void aFloodOfNewChatsKeepsNoMoreConversationsThanTheBound() {
        ConversationEngine bounded = new ConversationEngine(answers,
                new FollowUpRewriter(new SearchTermStatistics(search, SearchFixtures.tagger())),
                new ConversationProperties(3, Duration.ofMinutes(30), 5), nanos::get);

        for (long chat = 1; chat <= 50; chat++) {
            bounded.answer(ConversationKey.telegramChat(chat), "低保咋申请");
        }

        assertThat(bounded.held()).isLessThanOrEqualTo(5);
    }

    @Test
    void aFollowUpOfAFollowUpKeepsTheFirstQuestionsTopic() {
        conversations.answer(ALICE, "困难毕业生补贴总共发了多少钱");
        conversations.answer(ALICE, "那一共多少人领到了？");

        Answer third = conversations.answer(ALICE, "钱打到哪里");

        assertThat(third.understoodAs()).contains("毕业生", "补贴").endsWith("钱打到哪里");
    }
}
