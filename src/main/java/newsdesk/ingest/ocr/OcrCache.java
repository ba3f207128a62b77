package newsdesk.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The text boxes OCR found, one file per image under its SHA-256 and the model's name, so that a
 * refresh never reads the same image twice (a scan takes seconds, its boxes a millisecond). The
 * boxes are kept, not the page text, so that a better reading order applies to cached scans too.
 * A cache entry that cannot be read is treated as missing: the scan is read again.
 */
final class OcrCache {

    private static final String SUFFIX = ".tsv";

    private final Path folder;

    OcrCache(Path folder) {
        this.folder = folder;
    }

    /** The key of an image's (or a rendered PDF page's) content: what it is, and how it was recognised. */
    static String key(String model, byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
                sha.update((byte) 0);
            }
            return model + "-" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    Optional<List<OcrBox>> get(String key) {
        Path file = folder.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<OcrBox> boxes = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", 5);
                boxes.add(new OcrBox(fields[4], Float.parseFloat(fields[0]), Float.parseFloat(fields[1]),
                        Float.parseFloat(fields[2]), Float.parseFloat(fields[3])));
            }
            return Optional.of(boxes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores the boxes; written to a temporary file and moved, so a crash leaves no half entry to trust. */
    void put(String key, List<OcrBox> boxes) throws IOException {
        Files.createDirectories(folder);
        StringBuilder text = new StringBuilder();
        for (OcrBox box : boxes) {
            text.append(box.left()).append('\t').append(box.top()).append('\t').append(box.right()).append('\t')
                    .append(box.bottom()).append('\t').append(box.text().replaceAll("[\\t\\r\\n]", " ")).append('\n');
        }
        Path temporary = Files.createTempFile(folder, key, ".part");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
