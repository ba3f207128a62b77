package newsdesk.ingest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where page files come from and what a page file may look like.
 *
 * @param pagesDir     folder of page files ({@code *.txt}) and the manifest
 * @param manifest     CSV giving date, page, edition and section per file; a missing manifest is fine
 * @param maxFileBytes a real page is tens of kilobytes; anything far larger is not a page
 * @param maxLineChars an OCR paragraph is a few hundred characters; a megabyte line is not text
 * @param maxPdfPages  a page PDF is one printed page, a whole issue a few dozen; ten thousand empty
 *                     pages fit in a few megabytes and would keep the reader busy for nothing
 * @param commitEveryFiles a build or refresh commits after this many page files, so a stopped build keeps
 *                     what it did and memory holds one batch's articles: 200 files is about 25 days of a
 *                     daily paper, so adding a day is one commit and ten years about 150
 */
@Validated
@ConfigurationProperties("newsdesk.ingest")
public record IngestProperties(
        @NotNull @DefaultValue("index/pages") Path pagesDir,
        @NotNull @DefaultValue("index/pages/manifest.csv") Path manifest,
        @Min(1) @DefaultValue("10485760") long maxFileBytes,
        @Min(100) @DefaultValue("20000") int maxLineChars,
        @Min(1) @DefaultValue("64") int maxPdfPages,
        @Min(1) @DefaultValue("200") int commitEveryFiles) {
}
