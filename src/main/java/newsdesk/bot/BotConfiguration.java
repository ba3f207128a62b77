package newsdesk.bot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.Conversations;
import newsdesk.bot.BotSubscriptionsConfiguration.BotSubscriptions;
import newsdesk.feedback.Feedback;
import org.springframework.beans.factory.ObjectProvider;
import okhttp3.OkHttpClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Wires the Telegram bot, only when a token is configured and never for a command-line run (a CLI tool
 * must not start answering a chat). The answer engine comes from whatever bean implements
 * {@link AnswerEngine}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TokenConfigured.class)
@Profile("!cli")
@EnableConfigurationProperties(TelegramProperties.class)
@Import(BotSubscriptionsConfiguration.class)
class BotConfiguration {

    @Bean
    BotMessages botMessages(TelegramProperties properties) {
        return BotMessages.load(properties.messages());
    }

    @Bean
    BotExecutors botExecutors(TelegramProperties properties) {
        return new BotExecutors(properties.workers());
    }

    /** Shared by sending and polling; shut down with the context so no OkHttp thread outlives it. */
    @Bean(destroyMethod = "")
    OkHttpClient telegramHttp() {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    @Bean
    AutoCloseable telegramHttpShutdown(OkHttpClient telegramHttp) {
        return () -> {
            telegramHttp.dispatcher().executorService().shutdown();
            telegramHttp.connectionPool().evictAll();
        };
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttp, TelegramProperties properties) {
        return new OkHttpTelegramClient(telegramHttp, properties.token(), TelegramApi.url(properties.apiUrl()));
    }

    @Bean
    PendingReplies pendingReplies(TelegramClient telegramClient, BotExecutors botExecutors, TelegramProperties properties) {
        return new PendingReplies(telegramClient, botExecutors.resendingExecutor(), Backoff.of(properties.retry()),
                properties.sending(), properties.token(), Clock.systemUTC());
    }

    @Bean
    ReplySender replySender(TelegramClient telegramClient, TelegramProperties properties, PendingReplies pendingReplies) {
        return new ReplySender(telegramClient, properties.sending(), new MessageSplitter(), pendingReplies,
                properties.token());
    }

    /** Empty until getMe succeeds in the background; nothing reads it before that (see BotLifecycle). */
    @Bean
    KnownIdentity botIdentity() {
        return new KnownIdentity();
    }

    @Bean
    BotStatus botStatus() {
        return new BotStatus(Clock.systemUTC());
    }

    /** Named so, it is {@code telegram} in /actuator/health; it is deliberately not in the readiness group. */
    @Bean
    TelegramHealthIndicator telegram(BotStatus botStatus, PendingReplies pendingReplies) {
        return new TelegramHealthIndicator(botStatus, pendingReplies);
    }

    @Bean
    AnswerFormatter answerFormatter(BotMessages botMessages) {
        return new AnswerFormatter(botMessages);
    }

    @Bean
    ListReplies listReplies(BotMessages botMessages) {
        return new ListReplies(botMessages);
    }

    /**
     * Rating buttons and the reason after a 👎, where the service keeps a question log (feedback.Feedback);
     * without one (a bot wired alone, as in its own tests) the bot answers as before.
     */
    @Bean
    BotFeedback botFeedback(ObjectProvider<Feedback> feedback, ReplySender replySender, BotMessages botMessages) {
        Optional<Feedback> log = Optional.ofNullable(feedback.getIfAvailable());
        return new BotFeedback(log.map(questions -> new FeedbackAction(questions, replySender, botMessages)), log);
    }

    @Bean
    BotCommands botCommands(AnswerEngine answerEngine, Conversations conversations, AnswerFormatter answerFormatter,
                            BotMessages botMessages, ReplySender replySender, ListReplies listReplies,
                            BotFeedback botFeedback, BotSubscriptions botSubscriptions) {
        List<BotCommand> commands = new ArrayList<>(List.of(
                new StartCommand(answerEngine, answerFormatter, replySender),
                new TodayCommand(answerEngine, listReplies, replySender),
                ReplyCommand.fixed("help", "怎么提问，举几个例子", botMessages.help(), replySender),
                ReplyCommand.fixed("about", "关于这个机器人", botMessages.about(), replySender),
                ReplyCommand.fixed(UpdateRouter.ASK, "在群里提问：/ask 你的问题", botMessages.askUsage(), replySender),
                new ResetCommand(conversations, botMessages.reset(), replySender)));
        botSubscriptions.action().ifPresent(topics -> commands.addAll(List.of(
                SubscriptionCommands.subscribe(topics, replySender), SubscriptionCommands.list(topics, replySender),
                SubscriptionCommands.unsubscribe(topics, replySender))));
        botFeedback.action().ifPresent(ratings -> commands.add(new ForgetCommand(botFeedback.log().orElseThrow(),
                ratings, conversations, botMessages, replySender, botSubscriptions.action())));
        return new BotCommands(List.copyOf(commands));
    }

    @Bean
    UpdateDispatcher updateDispatcher(TelegramProperties properties, AnswerEngine answerEngine,
                                      Conversations conversations, BotMessages botMessages,
                                      AnswerFormatter formatter, BotCommands botCommands, BotExecutors botExecutors,
                                      ReplySender replySender, KnownIdentity botIdentity, ListReplies listReplies,
                                      BotFeedback botFeedback, BotSubscriptions botSubscriptions) {
        RecentAnswers recent = new RecentAnswers(properties.workers().answersKept());
        TypingIndicator typing = new TypingIndicator(botExecutors.typing, replySender, properties.typingAfter());
        QuestionAction questions = new QuestionAction(conversations, formatter, recent, replySender, typing,
                new QuestionLog(), botMessages, listReplies, System::nanoTime, botFeedback.action(),
                botSubscriptions.action());
        ButtonAction buttons = new ButtonAction(answerEngine, formatter, recent, replySender, botMessages,
                botFeedback.action(), botSubscriptions.action());
        return new UpdateDispatcher(new UpdateRouter(botIdentity, System::nanoTime),
                new ChatRateLimiter(properties.rateLimit()), botExecutors.workers,
                botCommands.all(), questions, buttons, replySender, botMessages);
    }

    @Bean
    UpdateSource updateSource(TelegramProperties properties, OkHttpClient telegramHttp, BotExecutors botExecutors,
                              ReplySender replySender, UpdateDispatcher updateDispatcher, BotStatus botStatus) {
        if (properties.webhook().enabled()) {
            return new WebhookSource(properties.webhook(), replySender, updateDispatcher);
        }
        // getUpdates holds the connection open for the poll timeout; reading must wait longer than that.
        OkHttpClient polling = telegramHttp.newBuilder()
                .readTimeout(properties.pollTimeout().plusSeconds(15).toMillis(), TimeUnit.MILLISECONDS)
                .build();
        Backoff backoff = Backoff.of(properties.retry());
        return new LongPollingSource(properties, polling, botExecutors.pollingExecutor(), updateDispatcher,
                () -> new PollingBackOff(backoff, botStatus));
    }

    @Bean
    BotLifecycle botLifecycle(ReplySender replySender, BotCommands botCommands, UpdateSource updateSource,
                              KnownIdentity botIdentity, BotStatus botStatus, BotExecutors botExecutors,
                              TelegramProperties properties) {
        return new BotLifecycle(replySender, botCommands.all(), updateSource, botIdentity, botStatus,
                botExecutors.connectingExecutor(), Backoff.of(properties.retry()));
    }

    /** The question log and the bot's use of it, both present or both empty. */
    record BotFeedback(Optional<FeedbackAction> action, Optional<Feedback> log) {
    }

    /** The slash commands, in the order Telegram's menu shows them. */
    record BotCommands(List<BotCommand> all) {
    }
}
