package newsdesk.web.adminpage;

import newsdesk.admin.AdminSessions;
import newsdesk.answer.QuestionAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The admin pages behind their guard, and the grouping of questions they show. */
@Configuration(proxyBeanMethods = false)
class AdminPageConfiguration {

    @Bean
    AdminPageGuard adminPageGuard(AdminSessions sessions) {
        return new AdminPageGuard(sessions);
    }

    @Bean
    WebMvcConfigurer adminSessionOnAdminPages(AdminPageGuard guard) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(guard).addPathPatterns("/admin", "/admin/**")
                        .excludePathPatterns(AdminPageGuard.SIGN_IN);
            }
        };
    }

    @Bean
    NeedGrouping needGrouping(QuestionAnalysis analysis) {
        return new NeedGrouping(analysis);
    }
}
