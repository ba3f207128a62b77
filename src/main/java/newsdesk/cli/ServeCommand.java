package newsdesk.cli;

import java.util.concurrent.CountDownLatch;
import newsdesk.admin.RefreshJob;
import newsdesk.admin.RefreshJobs;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.CorpusSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** Starts the long-running service; it stays up until the process is asked to stop. */
@Component
@Command(name = "serve", description = "Start the NewsDesk service (the default without a subcommand).")
public class ServeCommand implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final RefreshJobs refreshes;
    private final AnswerEngine engine;
    private final ApplicationContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServeCommand(RefreshJobs refreshes, AnswerEngine engine, ApplicationContext context) {
        this.refreshes = refreshes;
        this.engine = engine;
        this.context = context;
    }

    @Override
    public void run() {
        // The last good index serves at once; pages added while the service was down (or a refresh a
        // crash interrupted) are caught up in the background, and health shows its progress.
        RefreshJob catchUp = refreshes.catchUp();
        CorpusSummary summary = engine.summary();
        log.info("NewsDesk is serving {} articles from {} page files; catching up with the pages folder in the "
                + "background (refresh job {})", summary.articles(), summary.pageFiles(), catchUp.id());
        if (context instanceof WebServerApplicationContext) {
            // The web server's threads keep the process alive; blocking here would also stop the
            // application from ever reporting ready (and hang tests that boot the whole app).
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "newsdesk-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
