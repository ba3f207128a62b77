package newsdesk.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.ocr.OcrEngine;
import org.springframework.util.FileSystemUtils;

/**
 * Times OCR of scanned page files (images, PDFs without a text layer) with an empty OCR cache, so
 * every image is really read: seconds per image and the memory it took. The process's peak resident
 * memory is what counts, because the OCR engine's memory is native (onnxruntime) and not in the heap.
 */
final class OcrBenchmark {

    private final IngestProperties properties;
    private final OcrEngine ocr;

    OcrBenchmark(IngestProperties properties, OcrEngine ocr) {
        this.properties = properties;
        this.ocr = ocr;
    }

    void run(List<Path> files, PrintWriter out) throws IOException {
        Path cache = Files.createTempDirectory("newsdesk-ocr-benchmark-");
        String residentBefore = procStatusMegabytes("VmRSS:");
        try {
            // One untimed image first: the engine loads its native library and models on first use.
            reader(cache.resolve("warm-up")).read(files.getFirst());
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            List<Double> seconds = new ArrayList<>();
            int images = 0;
            long cpuStart = processCpuNanos();
            for (Path file : files) {
                long start = System.nanoTime();
                PageText page = reader(cache.resolve("run-" + seconds.size())).read(file);
                double took = (System.nanoTime() - start) / 1e9;
                seconds.add(took);
                images += page.imagesRecognised();
                out.printf("%s: %d image(s) read by OCR in %.2f s, %,d characters%n", file.getFileName(),
                        page.imagesRecognised(), took, page.text().length());
            }
            double total = seconds.stream().mapToDouble(Double::doubleValue).sum();
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            // CPU time beside wall time: on a shared machine the wall time also counts others' work.
            out.printf("OCR: %d images in %.1f s = %.2f s per image (%d thread(s)); process CPU %.2f s per image%n",
                    images, total, total / Math.max(1, images), properties.ocrThreads(), cpu / Math.max(1, images));
            out.printf("memory: peak resident %s MB, %s MB before the first OCR (heap peak %d MB)%n",
                    procStatusMegabytes("VmHWM:"), residentBefore, heapPeakMegabytes());
        } catch (PageRejectedException e) {
            throw new IllegalArgumentException("not a scan OCR can read: " + e.getMessage(), e);
        } finally {
            FileSystemUtils.deleteRecursively(cache);
        }
    }

    private PageReader reader(Path cache) {
        IngestProperties p = properties;
        return new PageReader(new IngestProperties(p.pagesDir(), p.manifest(), p.maxFileBytes(), p.maxLineChars(),
                p.maxPdfPages(), cache, p.maxImagePixels(), p.ocrDpi(), p.ocrThreads(), p.ocrDetectSide(),
                p.commitEveryFiles()), ocr);
    }

    private static long heapPeakMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * A line of /proc/self/status (Linux) in MB: VmHWM is the most memory the process ever held,
     * native included, VmRSS what it holds now.
     */
    private static String procStatusMegabytes(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field))
                    .map(line -> String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) >> 10))
                    .findFirst().orElse("unknown");
        } catch (IOException | UncheckedIOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
