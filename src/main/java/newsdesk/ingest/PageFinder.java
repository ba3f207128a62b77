package newsdesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the page files among the files and folders to ingest, and refuses those whose content
 * lies outside the folder they were found in: a symbolic link in the pages folder to a private file
 * of the server must never be published. What counts as "the folder" is the configured pages
 * folder for anything inside it, whatever path names it; else the folder that was listed, or the
 * folder of a file named on its own (so {@code articles /tmp/page.txt} still checks a page in /tmp).
 */
final class PageFinder {

    private final Path pagesDir;

    PageFinder(Path pagesDir) {
        this.pagesDir = pagesDir.toAbsolutePath().normalize();
    }

    /** The page files of {@code filesOrFolders}, in order; each path that cannot be used goes to {@code problems}. */
    List<Path> find(Collection<Path> filesOrFolders, List<PageProblem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try {
                    Path folder = folderOf(path, path);
                    pageFilesIn(path).forEach(file -> accept(file, folder, files, problems));
                } catch (IOException e) {
                    problems.add(new PageProblem(path, "folder cannot be listed: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                Path parent = path.toAbsolutePath().getParent();
                accept(path, folderOf(path, parent == null ? path : parent), files, problems);
            } else {
                problems.add(new PageProblem(path, "no such file or folder"));
            }
        }
        return files;
    }

    /** The page files ({@code *.txt}, {@code *.pdf}, page images) of a folder, in name order, links included; none when it is not a folder. */
    List<Path> pageFilesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".txt") || PageReader.isPdf(file)
                            || PageReader.isImage(file))
                    .sorted()
                    .toList();
        }
    }

    private void accept(Path file, Path folder, List<Path> files, List<PageProblem> problems) {
        refusal(file, folder).ifPresentOrElse(reason -> problems.add(new PageProblem(file, reason)),
                () -> files.add(file));
    }

    private Path folderOf(Path path, Path otherwise) {
        return path.toAbsolutePath().normalize().startsWith(pagesDir) ? pagesDir : otherwise;
    }

    /**
     * Every symbolic link is refused, also one to another page of the folder: that page is read
     * under its own name already, and read twice it would be published twice.
     */
    private static Optional<String> refusal(Path file, Path folder) {
        try {
            Path real = file.toRealPath();
            boolean inside = real.startsWith(folder.toRealPath());
            if (Files.isSymbolicLink(file)) {
                return Optional.of(inside
                        ? "symbolic link to " + real.getFileName() + ", refused: a page is read under its own name only"
                        : "symbolic link to a file outside the pages folder, refused: only files in the folder are published");
            }
            return inside ? Optional.empty() : Optional.of("reached through a symbolic link to a folder outside "
                    + "the pages folder, refused: only files in the folder are published");
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }
}
