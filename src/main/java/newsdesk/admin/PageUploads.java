package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import newsdesk.ingest.IngestProperties;
import org.springframework.stereotype.Service;

/**
 * Stores an uploaded page file in the pages folder under the file-name convention
 * {@code YYYY-MM-DD_PP.txt}, which carries its date and page; an upload for the same date and page
 * replaces the earlier file. The write is atomic, so a refresh never reads half a file.
 */
@Service
public class PageUploads {

    private final IngestProperties pages;

    PageUploads(IngestProperties pages) {
        this.pages = pages;
    }

    /** Stores the page and returns its file name. */
    public String store(byte[] content, LocalDate date, int page) {
        if (content.length == 0) {
            throw new IllegalArgumentException("the uploaded file is empty");
        }
        if (content.length > pages.maxFileBytes()) {
            throw new IllegalArgumentException("the uploaded file has " + content.length + " bytes, more than the "
                    + pages.maxFileBytes() + " a page may have");
        }
        if (page < 1 || page > 999) {
            throw new IllegalArgumentException("page must be between 1 and 999, was " + page);
        }
        String name = "%s_%02d.txt".formatted(date, page);
        try {
            Files.createDirectories(pages.pagesDir());
            Path temporary = Files.createTempFile(pages.pagesDir(), ".upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, pages.pagesDir().resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("the page cannot be stored in " + pages.pagesDir(), e);
        }
        return name;
    }
}
