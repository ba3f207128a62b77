package newsdesk.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Finds a page's date, page number, edition and section, in two ways an admin can use: the
 * manifest ({@code file,date,page,edition,section,note}) and the file-name convention
 * {@code 2023-11-04_01.txt} (date, page) or {@code 2023-11-04_01_A.txt} (date, page, edition).
 * The manifest wins where it gives a value; the file name fills in the rest.
 */
class PageMetadataResolver {

    private static final Pattern FILE_NAME =
            Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})_(\\d{1,3})(?:_([\\p{Alnum}-]+))?\\.[A-Za-z]+$");

    private final Map<String, PageMetadata> manifest;

    private PageMetadataResolver(Map<String, PageMetadata> manifest) {
        this.manifest = manifest;
    }

    static PageMetadataResolver fromManifest(Path manifestFile) throws ManifestException {
        if (!Files.isRegularFile(manifestFile)) {
            return new PageMetadataResolver(Map.of());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
                .setCommentMarker('#').get();
        Map<String, PageMetadata> entries = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                entries.put(row.get("file"), new PageMetadata(
                        date(row, manifestFile), page(row, manifestFile),
                        optional(row, "edition"), optional(row, "section")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ManifestException(manifestFile + ": " + e.getMessage(), e);
        }
        return new PageMetadataResolver(Map.copyOf(entries));
    }

    /** A resolver that knows only the file-name convention. */
    static PageMetadataResolver fileNamesOnly() {
        return new PageMetadataResolver(Map.of());
    }

    PageMetadata resolve(Path pageFile) {
        String name = pageFile.getFileName().toString();
        return manifest.getOrDefault(name, PageMetadata.UNKNOWN).orElse(fromFileName(name));
    }

    static PageMetadata fromFileName(String name) {
        Matcher matcher = FILE_NAME.matcher(name);
        if (!matcher.matches()) {
            return PageMetadata.UNKNOWN;
        }
        try {
            return new PageMetadata(PublicationDate.day(LocalDate.parse(matcher.group(1))), Integer.valueOf(matcher.group(2)),
                    matcher.group(3), null);
        } catch (DateTimeParseException e) {
            return PageMetadata.UNKNOWN;
        }
    }

    /** The date column ({@code 2023-11-04}, {@code 2023-11} or {@code 2023}), inferred when date_inferred says so. */
    private static PublicationDate date(CSVRecord row, Path manifestFile) throws ManifestException {
        PublicationDate date = parsed(row, "date", PublicationDate::parse, "is not YYYY-MM-DD, YYYY-MM or YYYY",
                manifestFile);
        boolean inferred = Boolean.TRUE.equals(parsed(row, "date_inferred", PageMetadataResolver::yesOrNo,
                "is not true or false", manifestFile));
        return date == null ? PublicationDate.UNKNOWN : date.asInferred(inferred);
    }

    private static Boolean yesOrNo(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static @Nullable Integer page(CSVRecord row, Path manifestFile) throws ManifestException {
        return parsed(row, "page", Integer::valueOf, "is not a number", manifestFile);
    }

    private static <T> @Nullable T parsed(CSVRecord row, String column, Function<String, T> parser, String problem,
                                          Path manifestFile) throws ManifestException {
        String value = optional(row, column);
        try {
            return value == null ? null : parser.apply(value);
        } catch (RuntimeException e) {
            throw new ManifestException(manifestFile + " line " + row.getRecordNumber()
                    + ": " + column + " '" + value + "' " + problem, e);
        }
    }

    private static @Nullable String optional(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value.isBlank() ? null : value;
    }

    /** The manifest exists but cannot be used; nothing is ingested from a wrong manifest. */
    static class ManifestException extends Exception {
        ManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
