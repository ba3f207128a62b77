package newsdesk.cli;

import java.util.concurrent.CountDownLatch;
import newsdesk.ingest.IngestReport;
import newsdesk.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** Starts the long-running service; it stays up until the process is asked to stop. */
@Component
@Command(name = "serve", description = "Start the NewsDesk service (the default without a subcommand).")
public class ServeCommand implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final IngestService ingest;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServeCommand(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public void run() {
        IngestReport report = ingest.ingestConfiguredPages();
        log.info("NewsDesk is serving {} articles from {} page files ({} skipped)",
                report.articles().size(), report.pagesRead(), report.problems().size());
        report.problems().forEach(problem -> log.warn("skipped {}", problem));
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "newsdesk-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
