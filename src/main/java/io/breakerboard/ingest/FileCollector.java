package io.breakerboard.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the files and folders a user picked into the files to import: folders recursively, without hidden
 * files or folders, sorted by path so every run reads them in the same order. Paths named directly are kept
 * even when hidden or missing (a missing one then gets a summary saying so).
 */
final class FileCollector {
    private FileCollector() {
    }

    static List<Path> collect(List<Path> paths) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            Path path = p.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else {
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(f -> Files.isRegularFile(f) && !hiddenBelow(dir, f))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean hiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
