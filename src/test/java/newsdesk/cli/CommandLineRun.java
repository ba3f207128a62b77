package newsdesk.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsdesk.NewsDeskApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command-line tool run in this JVM as a terminal runs it: the cli profile (no web server), the
 * given stdin, what it prints on stdout and its exit code. The index goes to the test's folder.
 */
record CommandLineRun(int exit, String printed) {

    static CommandLineRun of(Path indexDir, String stdin, String... args) {
        PrintStream console = System.out;
        InputStream keyboard = System.in;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsDeskApplication.class)
                .profiles("cli")
                .properties("newsdesk.search.index-dir=" + indexDir, "newsdesk.telegram.token=")
                .run(args)) {
            return new CommandLineRun(SpringApplication.exit(context), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
            System.setIn(keyboard);
        }
    }
}
