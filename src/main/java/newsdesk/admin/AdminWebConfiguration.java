package newsdesk.admin;

import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Files;
import java.time.Clock;
import newsdesk.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the admin endpoints sit in the web server: behind one token guard, and with an upload limit
 * that is the page cap. Beans here rather than components, so the web slices of other features do
 * not pick up an admin guard they have no settings for.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration {

    /** Room for the form fields (date, page, replace) and multipart boundaries beside the file itself. */
    private static final long FORM_FIELDS_BYTES = 64 * 1024;

    @Bean
    AdminTokenGuard adminTokenGuard(AdminProperties properties) {
        return new AdminTokenGuard(properties);
    }

    @Bean
    AdminSessions adminSessions(AdminProperties properties) {
        // Real time, not the application's clock: that one may be fixed to a day for demos (newsdesk.dates.today),
        // and a session must still expire.
        return new AdminSessions(properties, Clock.systemUTC());
    }

    @Bean
    WebMvcConfigurer adminTokenOnAdminPaths(AdminTokenGuard guard) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(guard).addPathPatterns("/api/admin", "/api/admin/**");
            }
        };
    }

    @Bean
    PageWriter pageWriter() {
        return (file, content) -> Files.write(file, content);
    }

    /**
     * The upload limit is {@code newsdesk.ingest.max-file-bytes}, the page cap ingest applies: one
     * setting, so an upload is never refused at the door for a size ingest would take (Boot's own
     * default was 1 MB against a 10 MB cap). Boot's multipart settings back off for this bean.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(IngestProperties pages) {
        return new MultipartConfigElement("", pages.maxFileBytes(), pages.maxFileBytes() + FORM_FIELDS_BYTES, 0);
    }
}
