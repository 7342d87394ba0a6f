package io.breakerboard.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Tells a regular file from what only looks like one by its path: named pipes, devices and sockets, whose
 * opening or reading may block forever or never end, and symbolic links that loop or lead nowhere. Decided from
 * the file's attributes, before anything opens it.
 */
final class SpecialFiles {
    // File type bits of st_mode, as the "unix" attribute view reports them on Linux and macOS.
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /**
     * Why a path that is not a folder cannot be imported, or null when it is a regular file (or a link to one) or
     * does not exist (the import then says so in its own words).
     */
    static String refusal(Path path) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return isLink(path) ? path.getFileName() + ": symbolic link to a missing file (" + target(path) + ")" : null;
        } catch (FileSystemException e) {
            return isLink(path) ? path.getFileName() + ": symbolic link loop, the links lead back to themselves"
                    : null;
        } catch (IOException e) {
            return null;
        }
        if (attrs.isRegularFile() || attrs.isDirectory()) {
            return null;
        }
        return describe(path, attrs);
    }

    /** What a file that is neither regular nor a folder is, as a refusal naming it. */
    static String describe(Path path, BasicFileAttributes attrs) {
        return path.getFileName() + ": " + kind(path, attrs) + ": not a regular file, so it is not imported";
    }

    private static String kind(Path path, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "symbolic link that cannot be followed";
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            switch (mode & TYPE_MASK) {
                case FIFO:
                    return "named pipe (FIFO)";
                case CHARACTER_DEVICE:
                    return "character device";
                case BLOCK_DEVICE:
                    return "block device";
                case SOCKET:
                    return "socket";
                default:
                    return "special file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "special file";
        }
    }

    private static boolean isLink(Path path) {
        return Files.isSymbolicLink(path);
    }

    private static String target(Path path) {
        try {
            return String.valueOf(Files.readSymbolicLink(path));
        } catch (IOException e) {
            return "unknown target";
        }
    }
}
