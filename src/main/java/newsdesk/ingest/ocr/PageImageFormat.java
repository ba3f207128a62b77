package newsdesk.ingest.ocr;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image formats a scanned page may come in, told by file name (page files) or by content (uploads). */
public enum PageImageFormat {

    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png"),
    JPEG("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    /** Little- and big-endian TIFF start differently; {@link #ofContent} knows both. */
    TIFF("tif", new byte[] {'I', 'I', '*', 0}, "tif", "tiff");

    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, '*'};

    private final String extension;
    private final byte[] magic;
    private final String[] extensions;

    PageImageFormat(String extension, byte[] magic, String... extensions) {
        this.extension = extension;
        this.magic = magic;
        this.extensions = extensions;
    }

    /** The extension an uploaded page in this format is stored with. */
    public String extension() {
        return extension;
    }

    /** The format a page file's name gives ({@code .png}, {@code .jpg}, {@code .jpeg}, {@code .tif}, {@code .tiff}, any case). */
    public static Optional<PageImageFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> Arrays.stream(format.extensions).anyMatch(ext -> lower.endsWith("." + ext)))
                .findFirst();
    }

    /** The format the first bytes of a file show, whatever it is called. */
    public static Optional<PageImageFormat> ofContent(byte[] bytes) {
        if (startsWith(bytes, TIFF_BIG_ENDIAN)) {
            return Optional.of(TIFF);
        }
        return Arrays.stream(values()).filter(format -> startsWith(bytes, format.magic)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
