package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Refreshing the index and adding pages over HTTP, for admins with the token. */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final AdminTokenGuard guard;
    private final RefreshJobs jobs;
    private final PageUploads uploads;

    AdminController(AdminTokenGuard guard, RefreshJobs jobs, PageUploads uploads) {
        this.guard = guard;
        this.jobs = jobs;
        this.uploads = uploads;
    }

    /** Starts a refresh; 202 with the job, whose URL is in the Location header. */
    @PostMapping("/reindex")
    ResponseEntity<RefreshJob> reindex(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                       @Nullable String authorization) {
        guard.check(authorization);
        return accepted(jobs.start());
    }

    @GetMapping("/jobs/{id}")
    RefreshJob job(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization,
                   @PathVariable String id) {
        guard.check(authorization);
        return jobs.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no refresh job " + id));
    }

    /** Stores an uploaded page under its date and page, then starts a refresh that indexes it. */
    @PostMapping(path = "/pages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RefreshJob> upload(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                      @Nullable String authorization,
                                      @RequestParam("file") MultipartFile file,
                                      @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                      @RequestParam("page") int page) {
        guard.check(authorization);
        try {
            uploads.store(file.getBytes(), date, page);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload cannot be read", e);
        }
        return accepted(jobs.start());
    }

    private static ResponseEntity<RefreshJob> accepted(RefreshJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/jobs/" + job.id())).body(job);
    }
}
