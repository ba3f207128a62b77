package newsdesk.admin;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import newsdesk.ingest.IngestProperties;
import newsdesk.ingest.ocr.PageImageFormat;
import newsdesk.ingest.pdf.PdfPageReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Stores an uploaded page file in the pages folder under the file-name convention
 * {@code YYYY-MM-DD_PP.txt} (or {@code .pdf} for a page PDF, {@code .png}, {@code .jpg} or {@code .tif} for
 * a scanned page, told by the first bytes), which carries its date and page. An upload for a date and page already
 * there is refused unless it asks to replace it. The bytes go to a temporary file that is moved into
 * place in one step, so a refresh never reads half a file, and that is removed on any failure, so a
 * full disk leaves nothing behind to keep it full.
 */
@Service
public class PageUploads {

    private static final Logger log = LoggerFactory.getLogger(PageUploads.class);
    private static final String PART_PREFIX = ".upload-";
    private static final String PART_SUFFIX = ".part";
    /** Every extension {@link #store} gives a page: one of them per date and page. */
    private static final List<String> STORED_EXTENSIONS = Stream.concat(Stream.of("txt", "pdf"),
            Arrays.stream(PageImageFormat.values()).map(PageImageFormat::extension)).toList();

    private final IngestProperties pages;
    private final PageWriter writer;
    /** Temporary files of uploads being written now: the only ones that are not leftovers. */
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    /** Guards "is the name free?" and the move into it, so two uploads of one page cannot both win. */
    private final Object placing = new Object();

    PageUploads(IngestProperties pages, PageWriter writer) {
        this.pages = pages;
        this.writer = writer;
    }

    /** Stores the page and returns its file name; refuses it with a problem saying why. */
    public String store(byte[] content, LocalDate date, int page, boolean replace) {
        if (content.length == 0) {
            throw AdminProblem.invalidUpload("the uploaded file is empty");
        }
        if (content.length > pages.maxFileBytes()) {
            throw AdminProblem.invalidUpload("the uploaded file has " + content.length + " bytes, more than the "
                    + pages.maxFileBytes() + " a page may have");
        }
        if (page < 1 || page > 999) {
            throw AdminProblem.invalidUpload("page must be between 1 and 999, was " + page);
        }
        String stem = "%s_%02d".formatted(date, page);
        String name = stem + "." + extensionOf(content);
        Path target = pages.pagesDir().resolve(name);
        // A page is one file whatever its format: a PDF for a date and page that has a text file is that page again.
        List<Path> samePage = STORED_EXTENSIONS.stream().map(ext -> pages.pagesDir().resolve(stem + "." + ext)).toList();
        refuseExisting(samePage, replace);
        removeLeftovers();
        Path temporary = null;
        try {
            Files.createDirectories(pages.pagesDir());
            temporary = Files.createTempFile(pages.pagesDir(), PART_PREFIX, PART_SUFFIX);
            inFlight.add(temporary);
            writer.write(temporary, content);
            synchronized (placing) {
                refuseExisting(samePage, replace);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                for (Path other : samePage) {
                    if (!other.equals(target)) {
                        Files.deleteIfExists(other);
                    }
                }
            }
        } catch (IOException e) {
            log.error("upload of {} not stored in {}: {}", name, pages.pagesDir(), FailureCause.describe(e));
            throw AdminProblem.notStored(name, e);
        } finally {
            if (temporary != null) {
                delete(temporary);
                inFlight.remove(temporary);
            }
        }
        return name;
    }

    /** What the content is, by its first bytes, whatever the uploaded file was called. */
    private static String extensionOf(byte[] content) {
        if (PdfPageReader.hasHeader(content)) {
            return "pdf";
        }
        return PageImageFormat.ofContent(content).map(PageImageFormat::extension).orElse("txt");
    }

    private static void refuseExisting(List<Path> samePage, boolean replace) {
        if (replace) {
            return;
        }
        for (Path existing : samePage) {
            if (Files.exists(existing)) {
                throw AdminProblem.pageExists(existing.getFileName().toString());
            }
        }
    }

    /**
     * Removes temporary upload files no upload of this process is writing: what a crash or a kill
     * during an upload left. Done when the server starts and before each upload, when no refresh
     * can be reading them (refreshes read page files, text, PDF and page images, only).
     */
    @EventListener(WebServerInitializedEvent.class)
    void removeLeftovers() {
        if (!Files.isDirectory(pages.pagesDir())) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(pages.pagesDir(), PART_PREFIX + "*" + PART_SUFFIX)) {
            for (Path part : parts) {
                if (!inFlight.contains(part)) {
                    log.info("removing {}, left by an upload that did not finish", part.getFileName());
                    delete(part);
                }
            }
        } catch (IOException e) {
            log.warn("leftover uploads in {} not removed: {}", pages.pagesDir(), FailureCause.describe(e));
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("{} not removed: {}", file, FailureCause.describe(e));
        }
    }
}
