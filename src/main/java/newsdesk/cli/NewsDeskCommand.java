package newsdesk.cli;

import picocli.CommandLine.Command;

/** The root of the command line; each feature contributes its own subcommand bean. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, version = "NewsDesk 0.1.0",
        description = "Answers questions from a city's newspaper with cited excerpts.",
        subcommands = {ServeCommand.class})
public class NewsDeskCommand implements Runnable {

    private final ServeCommand serve;

    NewsDeskCommand(ServeCommand serve) {
        this.serve = serve;
    }

    @Override
    public void run() {
        serve.run();
    }
}
