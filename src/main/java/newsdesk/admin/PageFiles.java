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

/**
 * A content hash of each page file. A file's hash covers the manifest
 * too, because the manifest gives the file's date and page: editing it changes the file's articles.
 * Contents, not modification times, so a copy or checkout does not force re-embedding and an edit in
 * place is never missed.
 */
final class PageFiles {

    private PageFiles() {
    }

    /** File name → content hash, in the order of the files given. */
    static Map<String, String> hashes(List<Path> pageFiles, Path manifest) {
        byte[] manifestBytes = read(manifest);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Path file : pageFiles) {
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
