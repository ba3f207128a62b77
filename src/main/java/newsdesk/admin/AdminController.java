package newsdesk.admin;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Refreshing the index and adding pages over HTTP, for admins with the token; the token is checked
 * for every path here by {@link AdminTokenGuard} before a handler runs.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final RefreshJobs jobs;
    private final PageUploads uploads;

    AdminController(RefreshJobs jobs, PageUploads uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
    }

    /** Starts a refresh; 202 with the job, whose URL is in the Location header. */
    @PostMapping("/reindex")
    ResponseEntity<RefreshJob> reindex() {
        return accepted(jobs.start());
    }

    @GetMapping("/jobs/{id}")
    RefreshJob job(@PathVariable String id) {
        return jobs.job(id).orElseThrow(() -> AdminProblem.noSuchJob(id));
    }

    /**
     * Stores an uploaded page under its date and page, then starts a refresh that indexes it; a page
     * already there is replaced only with {@code replace=true}.
     */
    @PostMapping(path = "/pages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RefreshJob> upload(@RequestParam("file") MultipartFile file,
                                      @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                      @RequestParam("page") int page,
                                      @RequestParam(name = "replace", defaultValue = "false") boolean replace)
            throws IOException {
        String stored = uploads.store(file.getBytes(), date, page, replace);
        return accepted(jobs.start(stored));
    }

    private static ResponseEntity<RefreshJob> accepted(RefreshJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/jobs/" + job.id())).body(job);
    }
}
