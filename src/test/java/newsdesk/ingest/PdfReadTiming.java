package newsdesk.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.pdf.PdfPageReader;
import newsdesk.ingest.pdf.PdfRejectedException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the PDF reader alone on a folder of PDFs, after warm-up rounds, and the peak heap while it
 * reads. Printed by a test for orientation, so a figure, not a benchmark (one JVM, shared with the
 * other tests of the run).
 */
final class PdfReadTiming {

    private PdfReadTiming() {
    }

    static String measure(Path dir, int warmUp, int rounds) throws IOException, PdfRejectedException {
        List<byte[]> pdfs = new ArrayList<>();
        int pages = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                pdfs.add(bytes);
                try (PDDocument document = Loader.loadPDF(bytes)) {
                    pages += document.getNumberOfPages();
                }
            }
        }
        PdfPageReader reader = new PdfPageReader();
        for (int i = 0; i < warmUp; i++) {
            readAll(reader, pdfs);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            readAll(reader, pdfs);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return String.format("PDF read: %d files, %d PDF pages x %d rounds in %.2f s = %.0f PDF pages/s; heap peak %d MB",
                pdfs.size(), pages, rounds, seconds, pages * rounds / seconds, peak / (1024 * 1024));
    }

    private static void readAll(PdfPageReader reader, List<byte[]> pdfs) throws PdfRejectedException {
        for (byte[] pdf : pdfs) {
            reader.read(pdf, IngestFixtures.MAX_PDF_PAGES);
        }
    }
}
