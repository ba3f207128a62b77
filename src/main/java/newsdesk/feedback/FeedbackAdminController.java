package newsdesk.feedback;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/admin/feedback}: the export of {@code feedback export}, for a running service. Behind the
 * admin token like every {@code /api/admin} path (admin.AdminWebConfiguration), so no check here. A bean
 * of {@link StorageConfiguration}: without the question log there is no such endpoint.
 */
@RestController
class FeedbackAdminController {

    private final FeedbackExport export;

    FeedbackAdminController(FeedbackExport export) {
        this.export = export;
    }

    @GetMapping("/api/admin/feedback")
    ResponseEntity<String> feedback(@RequestParam(defaultValue = "jsonl") String format,
                                    @RequestParam(required = false) @Nullable String since) {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "format must be one of " + ExportFormat.choices()));
        StringWriter out = new StringWriter();
        try {
            export.write(export.rows(since), chosen, out);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(chosen.mediaType()), StandardCharsets.UTF_8))
                .body(out.toString());
    }
}
