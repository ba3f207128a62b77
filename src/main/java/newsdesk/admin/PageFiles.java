package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The state of each page file: a content hash, and the size and modification time it was taken at.
 * A file's hash covers the manifest too, because the manifest gives the file's date and page: editing
 * it changes the file's articles. Whether a file changed is decided by content, so a copy or checkout
 * does not force re-embedding and an edit in place is never missed; size and time only decide whether
 * a file is read to be hashed again, so a start over years of pages reads none of them.
 */
final class PageFiles {

    private PageFiles() {
    }

    /**
     * The page files' states, in the order of the files given.
     *
     * @param hashed how many files were read to be hashed; the others kept their known hash
     */
    record Scan(Map<String, PageState> states, int hashed) {
    }

    /** Hashes only the files whose size or modification time (or the manifest's) differ from {@code known}. */
    static Scan scan(List<Path> pageFiles, Path manifest, Map<String, PageState> known) {
        String manifestStamp = Files.isRegularFile(manifest) ? stamp(manifest) : "none";
        byte[] manifestBytes = null;
        Map<String, PageState> states = new LinkedHashMap<>();
        int hashed = 0;
        for (Path file : pageFiles) {
            String name = file.getFileName().toString();
            String stamp = stamp(file) + "/" + manifestStamp;
            PageState before = known.get(name);
            if (before != null && before.stamp().equals(stamp)) {
                states.put(name, before);
                continue;
            }
            if (manifestBytes == null) {
                manifestBytes = read(manifest);
            }
            states.put(name, new PageState(sha256(read(file), manifestBytes), stamp));
            hashed++;
        }
        return new Scan(states, hashed);
    }

    /** Size and modification time in nanoseconds: an edit that keeps the size still moves the time. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
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
