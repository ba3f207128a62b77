package newsdesk.cli;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RootCommandConfiguration {

    @Bean
    NewsDeskCommand newsDeskCommand(ServeCommand serve) {
        return new NewsDeskCommand(serve);
    }
}
