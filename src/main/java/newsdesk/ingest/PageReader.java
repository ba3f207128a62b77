package newsdesk.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import newsdesk.ingest.ocr.OcrEngine;
import newsdesk.ingest.ocr.PageImageFormat;
import newsdesk.ingest.ocr.ScanReader;
import newsdesk.ingest.ocr.ScanRejectedException;
import newsdesk.ingest.pdf.PdfPageReader;
import newsdesk.ingest.pdf.PdfRejectedException;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads a page file and decides whether it is page text at all. UTF-8 is tried strictly first,
 * because valid UTF-8 is almost never an accident; otherwise juniversalchardet must recognise a
 * Chinese GB encoding, which is then decoded strictly as GB18030 (a superset of GB2312 and GBK).
 * A {@code .pdf} file is read through its text layer instead, within the same size limit; a page
 * image ({@code .png}, {@code .jpg}, {@code .tif}) and a PDF without a text layer are read by OCR.
 */
class PageReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final IngestProperties properties;
    private final PdfPageReader pdf = new PdfPageReader();
    private final ScanReader scans;

    PageReader(IngestProperties properties, OcrEngine ocr) {
        this.properties = properties;
        this.scans = new ScanReader(ocr, properties.ocrCache(), properties.maxImagePixels(), properties.ocrDpi());
    }

    PageText read(Path file) throws PageRejectedException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw PageRejectedException.empty();
        }
        if (isPdf(file)) {
            return readPdf(file, bytes);
        }
        if (isImage(file)) {
            try {
                return scanned(file, scans.readImage(file, bytes));
            } catch (ScanRejectedException e) {
                throw PageRejectedException.scan(e);
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw PageRejectedException.binary(i);
            }
        }
        Charset charset = detect(bytes).orElseThrow(PageRejectedException::undecodable);
        String text = decodeStrictly(bytes, charset).orElseThrow(PageRejectedException::undecodable);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw PageRejectedException.empty();
        }
        checkLineLengths(text);
        return new PageText(file, text, charset);
    }

    static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    static boolean isImage(Path file) {
        return PageImageFormat.ofFileName(file.getFileName().toString()).isPresent();
    }

    /** The text layer is Unicode whatever the PDF's fonts were; UTF-8 stands for that in {@link PageText}. */
    private PageText readPdf(Path file, byte[] bytes) throws PageRejectedException {
        try {
            return new PageText(file, pdf.read(bytes, properties.maxPdfPages()), StandardCharsets.UTF_8);
        } catch (PdfRejectedException e) {
            if (!e.needsOcr()) {
                throw PageRejectedException.pdf(e);
            }
        }
        try {
            return scanned(file, scans.readPdf(bytes));
        } catch (ScanRejectedException e) {
            throw PageRejectedException.scan(e);
        }
    }

    /** OCR gives Unicode text, as a text layer does. */
    private static PageText scanned(Path file, ScanReader.ScanText scan) throws PageRejectedException {
        if (scan.text().isBlank()) {
            throw PageRejectedException.empty();
        }
        return new PageText(file, scan.text(), StandardCharsets.UTF_8, scan.recognised(), scan.fromCache());
    }

    private byte[] readBytes(Path file) throws PageRejectedException {
        try {
            long size = Files.size(file);
            if (size > properties.maxFileBytes()) {
                throw PageRejectedException.tooLarge(size, properties.maxFileBytes());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw PageRejectedException.unreadable(file, e);
        }
    }

    private static Optional<Charset> detect(byte[] bytes) {
        if (decodeStrictly(bytes, StandardCharsets.UTF_8).isPresent()) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        if (guess != null && (guess.startsWith("GB") || guess.equals("HZ-GB-2312"))) {
            return Optional.of(GB18030);
        }
        return Optional.empty();
    }

    private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private void checkLineLengths(String text) throws PageRejectedException {
        int lineNumber = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int length = i - lineStart;
                if (length > properties.maxLineChars()) {
                    throw PageRejectedException.lineTooLong(lineNumber, length, properties.maxLineChars());
                }
                lineNumber++;
                lineStart = i + 1;
            }
        }
    }
}
