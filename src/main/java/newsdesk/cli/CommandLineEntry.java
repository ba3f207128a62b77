package newsdesk.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Hands the process arguments to picocli; subcommands are Spring beans, so they get injected. */
@Component
class CommandLineEntry implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    CommandLineEntry(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(String... args) {
        CommandLine commandLine = new CommandLine(context.getBean(NewsDeskCommand.class), new SpringFactory(context));
        context.getBeansWithAnnotation(CommandLine.Command.class).values().stream()
                .filter(bean -> !(bean instanceof NewsDeskCommand) && !(bean instanceof ServeCommand))
                .forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("error: " + exception.getMessage()));
            return 2;
        });
        exitCode = commandLine.execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Lets picocli build subcommands and converters as beans when they are beans. */
    private record SpringFactory(ApplicationContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            var beans = context.getBeanProvider(type);
            K bean = beans.getIfAvailable();
            return bean != null ? bean : CommandLine.defaultFactory().create(type);
        }
    }
}
