package newsdesk;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * One executable jar: a subcommand (articles, index, ask, eval) runs and exits; no subcommand, or
 * {@code serve}, starts the long-running service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsDeskApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(NewsDeskApplication.class);
        boolean service = args.length == 0 || "serve".equals(args[0]);
        if (!service) {
            // Command-line tools print data on stdout; a banner there would corrupt `--json` output.
            app.setBannerMode(Banner.Mode.OFF);
            // Only the tools that read the question log open its database (application-cli.yaml says why).
            app.setAdditionalProfiles("feedback".equals(args[0]) ? new String[] {"cli", "storage"} : new String[] {"cli"});
        }
        var context = app.run(args);
        if (!service) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
