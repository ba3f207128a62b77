package newsdesk.web.adminpage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newsdesk.admin.IndexMaintenance;
import newsdesk.admin.PageUploads;
import newsdesk.admin.RefreshJob;
import newsdesk.admin.RefreshJobs;
import newsdesk.answer.CitationLine;
import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/pages}: what {@code POST /api/admin/pages} and {@code /api/admin/reindex} do, in a browser. The
 * day's pages are uploaded together under one date, numbered from the first page in the order chosen; one
 * refresh then indexes them, and its page ({@code /admin/jobs/{id}}) follows it to its report. Refusals (a bad
 * date, a page already there, a full queue) come back on the form in words, never as an error page.
 */
@Controller
class PageAdminController {

    private final PageUploads uploads;
    private final RefreshJobs jobs;
    private final IndexMaintenance maintenance;

    PageAdminController(PageUploads uploads, RefreshJobs jobs, IndexMaintenance maintenance) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.maintenance = maintenance;
    }

    @GetMapping("/admin/pages")
    String pages(Model model) {
        model.addAttribute("pages", maintenance.pages());
        model.addAttribute("activity", maintenance.activity());
        model.addAttribute("today", LocalDate.now());
        return "admin-pages";
    }

    @PostMapping("/admin/pages")
    String upload(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
                  @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "1") String page,
                  @RequestParam(defaultValue = "false") boolean replace, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        LocalDate day;
        int first;
        try {
            day = LocalDate.parse(date.strip());
            first = Integer.parseInt(page.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            return refused(model, response, HttpStatus.BAD_REQUEST,
                    List.of("日期应为 2026-11-30 这样的年-月-日，版次应为 1 到 999 的数字。"));
        }
        if (chosen.isEmpty()) {
            return refused(model, response, HttpStatus.BAD_REQUEST, List.of("请选择至少一个版面文件（也不能是空文件）。"));
        }
        List<String> stored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            MultipartFile file = chosen.get(i);
            try {
                stored.add(uploads.store(file.getBytes(), day, first + i, replace));
            } catch (ErrorResponseException e) {
                problems.add(Objects.requireNonNullElse(file.getOriginalFilename(), "") + "（"
                        + CitationLine.where(PublicationDate.UNKNOWN, first + i) + "）：" + e.getBody().getDetail());
            }
        }
        if (stored.isEmpty()) {
            return refused(model, response, HttpStatus.BAD_REQUEST, problems);
        }
        RefreshJob job;
        try {
            job = stored.size() == 1 ? jobs.start(stored.getFirst()) : jobs.start();
        } catch (ErrorResponseException e) {
            problems.add("已保存 " + String.join("、", stored) + "，但刷新没有开始：" + e.getBody().getDetail());
            return refused(model, response, HttpStatus.TOO_MANY_REQUESTS, problems);
        }
        redirect.addFlashAttribute("stored", stored);
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/admin/jobs/" + job.id();
    }

    @PostMapping("/admin/refresh")
    String refresh(Model model, HttpServletResponse response) {
        try {
            return "redirect:/admin/jobs/" + jobs.start().id();
        } catch (ErrorResponseException e) {
            return refused(model, response, HttpStatus.TOO_MANY_REQUESTS, List.of(e.getBody().getDetail()));
        }
    }

    /** A refresh as it goes: the page reloads itself while the job is queued or running. */
    @GetMapping("/admin/jobs/{id}")
    String job(@PathVariable String id, Model model, HttpServletResponse response) {
        RefreshJob job = jobs.job(id).orElse(null);
        if (job == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("job", job);
        model.addAttribute("id", id);
        model.addAttribute("running", job != null
                && (job.state() == RefreshJob.State.QUEUED || job.state() == RefreshJob.State.RUNNING));
        return "admin-job";
    }

    /**
     * Tomcat refuses a file over the page cap before the handler reads the form, and so a form whose files are
     * over it together (newsdesk.admin.AdminWebConfiguration caps the request at one page and the fields): which of
     * the two is not told apart, so the words name both.
     */
    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    String unreadableUpload(MultipartException e, Model model, HttpServletResponse response) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        return refused(model, response, tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST,
                List.of(tooLarge ? "文件太大：每个版面文件、以及一次上传的全部文件合计，都不能超过 newsdesk.ingest.max-file-bytes"
                        + " 的上限；几个较大的文件请分几次上传。"
                        : "上传没有完整到达，请重新选择文件上传。"));
    }

    private String refused(Model model, HttpServletResponse response, HttpStatus status, List<String> problems) {
        response.setStatus(status.value());
        model.addAttribute("problems", problems);
        return pages(model);
    }
}
