package newsdesk.ingest;

import jakarta.validation.constraints.Max;
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
 * @param ocrCache     text boxes OCR found, by image content hash, so a refresh reads no scan twice; under the
 *                     index folder, because like the index it is rebuilt from the pages
 * @param maxImagePixels a 对开 newspaper page (about 540 x 390 mm) scanned at 300 DPI is about 29 million pixels;
 *                     an image claiming far more in its header is an image bomb, refused before it is decoded
 * @param ocrDpi       PDF pages without a text layer are rendered at this resolution for OCR: 10 pt body type at
 *                     200 DPI (28 pixels high) gave 0.55% character errors (BENCHMARKS.md)
 * @param ocrThreads   threads the OCR engine uses for one image; a refresh reads one image at a time
 * @param ocrDetectSide the longest side, in pixels, of the image OCR's text detector looks at: its memory grows
 *                     with the pixels it sees (0.74 GB resident for a cropped A4 page at 200 DPI, 1.43 GB at 300 DPI,
 *                     1.07 GB for that one limited to 2400, BENCHMARKS.md), while the lines it finds are still read
 *                     at full resolution; 2400 leaves an A4 page at 200 DPI (2339 pixels high) as it is
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
        @NotNull @DefaultValue("index/ocr-cache") Path ocrCache,
        @Min(1) @DefaultValue("40000000") long maxImagePixels,
        @Min(72) @Max(600) @DefaultValue("200") int ocrDpi,
        @Min(1) @Max(64) @DefaultValue("1") int ocrThreads,
        @Min(320) @DefaultValue("2400") int ocrDetectSide,
        @Min(1) @DefaultValue("200") int commitEveryFiles) {
}
