package newsdesk.feedback;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/admin/feedback}: the export of {@code feedback export}, for a running service. Behind the
 * admin token like every {@code /api/admin} path (admin.AdminWebConfiguration), so no check here.
 */
@RestController
class FeedbackAdminController {

    /** Absent when the question log is off (newsdesk.feedback.enabled=false). */
    private final ObjectProvider<FeedbackExport> export;

    FeedbackAdminController(ObjectProvider<FeedbackExport> export) {
        this.export = export;
    }

    @GetMapping("/api/admin/feedback")
    ResponseEntity<String> feedback(@RequestParam(defaultValue = "jsonl") String format,
                                    @RequestParam(required = false) @Nullable String since) {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "format must be one of " + ExportFormat.choices()));
        FeedbackExport rows = export.getIfAvailable();
        if (rows == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "the question log is off on this service (newsdesk.feedback.enabled=false)");
        }
        StringWriter out = new StringWriter();
        try {
            rows.write(rows.rows(since), chosen, out);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(chosen.mediaType()), StandardCharsets.UTF_8))
                .body(out.toString());
    }
}
