package newsdesk.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The pseudonym key when none is configured: 32 random bytes written once, readable by the service's
 * user only. Kept, not regenerated, because a new key would make every stored pseudonym unreachable by
 * /forget.
 */
final class SecretFile {

    private static final int KEY_BYTES = 32;

    private SecretFile() {
    }

    static byte[] key(FeedbackProperties properties) {
        String configured = properties.configuredSecret();
        if (configured != null) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return readOrCreate(properties.secretFile());
    }

    static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the pseudonym key " + file.toAbsolutePath()
                    + " (set newsdesk.feedback.secret, or make its folder writable)", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the pseudonym key " + file.toAbsolutePath()
                    + " is not base64; restore it from a backup (a new key cuts every stored row off from /forget)", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // Another process created it first; its key is the one to use.
        }
    }
}
