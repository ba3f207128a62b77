package newsdesk.web;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.unit.DataSize;

/**
 * {@code diskSpace} in {@code /actuator/health}, for the folders NewsDesk writes: the index and the
 * pages. Boot's own indicator watches one path, the working directory, which may be another disk;
 * a full index disk is what makes a refresh fail. DOWN when either folder has less free space than
 * the threshold. A folder not created yet is measured on the nearest folder above it that exists,
 * the disk it will be created on.
 */
class FolderSpaceHealthIndicator implements HealthIndicator {

    private final Map<String, Path> folders;
    private final DataSize threshold;

    FolderSpaceHealthIndicator(Map<String, Path> folders, DataSize threshold) {
        // In the order given: index first, as the admin reads it.
        this.folders = new LinkedHashMap<>(folders);
        this.threshold = threshold;
    }

    @Override
    public Health health() {
        boolean enough = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, Path> folder : folders.entrySet()) {
            Path path = folder.getValue().toAbsolutePath().normalize();
            try {
                FileStore store = Files.getFileStore(existingAncestor(path));
                long free = store.getUsableSpace();
                enough &= free >= threshold.toBytes();
                Map<String, Object> space = new LinkedHashMap<>();
                space.put("path", path.toString());
                space.put("free", free);
                space.put("total", store.getTotalSpace());
                details.put(folder.getKey(), space);
            } catch (IOException e) {
                enough = false;
                details.put(folder.getKey(), Map.of("path", path.toString(), "error", String.valueOf(e.getMessage())));
            }
        }
        return (enough ? Health.up() : Health.down()).withDetail("threshold", threshold.toBytes())
                .withDetails(details).build();
    }

    private static Path existingAncestor(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path.getRoot() : existing;
    }
}
