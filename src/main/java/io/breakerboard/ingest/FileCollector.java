package io.breakerboard.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the files and folders a user picked into the files to import: folders recursively (following linked
 * folders, but never round a link loop), without hidden files or folders, sorted by path so every run reads them
 * in the same order. Paths named directly are kept even when hidden or missing (a missing one then gets a
 * summary saying so). Named pipes, devices, sockets and looping links are never opened: they come back with the
 * reason they are refused, so a path that would block forever is reported at once.
 */
final class FileCollector {

    /**
     * One path to import, or to report as refused.
     *
     * @param path    absolute path
     * @param refusal why it is not read, or null for a file to import
     */
    record Collected(Path path, String refusal) {
    }

    private FileCollector() {
    }

    static List<Collected> collect(List<Path> paths) throws IOException {
        Map<Path, Collected> files = new LinkedHashMap<>();
        for (Path p : paths) {
            Path path = p.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                walk(path).forEach(c -> files.putIfAbsent(c.path(), c));
            } else {
                files.putIfAbsent(path, new Collected(path, SpecialFiles.refusal(path)));
            }
        }
        return new ArrayList<>(files.values());
    }

    private static List<Collected> walk(Path root) throws IOException {
        List<Collected> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile()) {
                    found.add(new Collected(file, null));
                } else {
                    // A link the walk could not follow arrives with its own attributes: a loop or a missing target.
                    String refusal = attrs.isSymbolicLink() ? SpecialFiles.refusal(file) : null;
                    found.add(new Collected(file, refusal != null ? refusal : SpecialFiles.describe(file, attrs)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                if (hidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String why = e instanceof FileSystemLoopException
                        ? "folder link loop, it leads back to a folder already being read; skipped"
                        : "cannot be read: " + e.getMessage();
                found.add(new Collected(file, file.getFileName() + ": " + why));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(c -> c.path().toString()));
        return found;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
