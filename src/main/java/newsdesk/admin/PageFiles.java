package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The page files of the pages folder and a content hash of each. A file's hash covers the manifest
 * too, because the manifest gives the file's date and page: editing it changes the file's articles.
 * Contents, not modification times, so a copy or checkout does not force re-embedding and an edit in
 * place is never missed.
 */
final class PageFiles {

    private PageFiles() {
    }

    static List<Path> list(Path pagesDir) {
        if (!Files.isDirectory(pagesDir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(pagesDir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("pages folder " + pagesDir + " cannot be listed", e);
        }
    }

    /** File name → content hash, in name order. */
    static Map<String, String> hashes(Path pagesDir, Path manifest) {
        byte[] manifestBytes = read(manifest);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path file : list(pagesDir)) {
            hashes.put(file.getFileName().toString(), sha256(read(file), manifestBytes));
        }
        return hashes;
    }

    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
    }

    private static String sha256(byte[] content, byte[] manifest) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(content);
            sha.update((byte) 0);
            sha.update(manifest);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
