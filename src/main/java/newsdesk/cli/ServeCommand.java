package newsdesk.cli;

import java.util.concurrent.CountDownLatch;
import newsdesk.admin.IndexMaintenance;
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

    private final IndexMaintenance maintenance;
    private final AnswerEngine engine;
    private final ApplicationContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServeCommand(IndexMaintenance maintenance, AnswerEngine engine, ApplicationContext context) {
        this.maintenance = maintenance;
        this.engine = engine;
        this.context = context;
    }

    @Override
    public void run() {
        maintenance.ensureFresh();
        CorpusSummary summary = engine.summary();
        log.info("NewsDesk is serving {} articles from {} page files", summary.articles(), summary.pageFiles());
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
