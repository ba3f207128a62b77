package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash over the names and contents of the page files and the manifest: when it differs from the
 * one the index was built from, the index is stale. Contents, not modification times, so a copy
 * or a checkout does not force a rebuild and an edit in place is never missed.
 */
final class PageFingerprint {

    private PageFingerprint() {
    }

    static String of(Path pagesDir, Path manifest) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files(pagesDir, manifest)) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("page files cannot be read for the fingerprint", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static List<Path> files(Path pagesDir, Path manifest) throws IOException {
        if (!Files.isDirectory(pagesDir)) {
            return Files.isRegularFile(manifest) ? List.of(manifest) : List.of();
        }
        try (Stream<Path> listing = Files.list(pagesDir)) {
            List<Path> pages = listing.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".txt") || file.equals(manifest))
                    .sorted()
                    .toList();
            return Files.isRegularFile(manifest) && !pages.contains(manifest)
                    ? Stream.concat(pages.stream(), Stream.of(manifest)).toList() : pages;
        }
    }
}
