package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings end up in logs and failure reports through toString; a token must never go with them. */
class SecretsInSettingsTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(token|secret|password|key).*");
    private static final String SECRET = "s3cret-admin-token-value";

    @Test
    void theAdminSettingsNeverPrintTheToken() {
        AdminProperties properties = new AdminProperties(SECRET);

        assertThat(properties.toString()).doesNotContain(SECRET).doesNotContain("s3cret");
        assertThat(properties.toString()).contains("token");
    }

    @Test
    void noSettingsRecordOfAdminWebSearchOrIngestPrintsASecret() throws Exception {
        var settings = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("newsdesk.admin", "newsdesk.web", "newsdesk.search", "newsdesk.ingest")
                .stream().filter(type -> type.isAnnotatedWith(ConfigurationProperties.class))
                .map(JavaClass::reflect).filter(Class::isRecord).toList();
        assertThat(settings).as("settings records found").isNotEmpty();
        for (Class<?> type : settings) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getType());
            }
            Constructor<?> constructor = type.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            String shown = constructor.newInstance(values).toString();
            for (RecordComponent component : components) {
                if (component.getType() == String.class
                        && SECRET_NAME.matcher(component.getName().toLowerCase(Locale.ROOT)).matches()) {
                    assertThat(shown).as(type.getSimpleName() + "." + component.getName()).doesNotContain(SECRET);
                }
            }
        }
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return SECRET;
        }
        if (type == Path.class) {
            return Path.of("index");
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(30);
        }
        if (type == DataSize.class) {
            return DataSize.ofMegabytes(1);
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == float.class) {
            return 1f;
        }
        if (type == double.class) {
            return 1d;
        }
        return null;
    }
}
