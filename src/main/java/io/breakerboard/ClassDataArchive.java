package io.breakerboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The class-data-sharing archive of the window started by {@code java -jar}: the JVM maps the classes it loaded
 * on an earlier window run from one file instead of reading, parsing and verifying some 7,000 of them from the
 * jars again (JavaFX, chartfx, H2, the application). The first window run of a build records it as it exits
 * ({@code -XX:ArchiveClassesAtExit}, what JDK 19's {@code -XX:+AutoCreateSharedArchive} does by itself); later
 * runs use it. It lies beside the jar, named after the jars and the Java it was recorded with, so a rebuild or
 * another Java records a new one instead of meeting a stale one (the JVM would refuse it and start without).
 * The runtime image records its own archive when it is built ({@code jlink.sh}).
 */
final class ClassDataArchive {
    /** {@code -Dbreakerboard.cds=false} starts without an archive and records none. */
    static final String ENABLED = "breakerboard.cds";
    private static final String PREFIX = "breakerboard-";
    private static final String SUFFIX = ".jsa";
    // The JVM's notes about an archive it skips or refuses go to standard output; they are no concern of a user's.
    private static final String QUIET = "-Xlog:cds*=off";

    private final Path archive;
    private final Path recording;

    private ClassDataArchive(Path archive, Path recording) {
        this.archive = archive;
        this.recording = recording;
    }

    /**
     * The archive for a window started from {@code jar} with {@code classPathJars} beside it, or null when none
     * can be used: the JVM shares no classes itself (so it cannot record a dynamic archive on top), the person
     * chose class-data options of their own, or the folder cannot be written and holds no archive yet.
     */
    static ClassDataArchive of(Path jar, List<Path> classPathJars, List<String> jvmArguments, boolean jvmShares) {
        if (!jvmShares || !Boolean.parseBoolean(System.getProperty(ENABLED, "true"))
                || jvmArguments.stream().anyMatch(ClassDataArchive::choosesSharing)) {
            return null;
        }
        Path folder = jar.toAbsolutePath().getParent();
        Path archive = folder.resolve(PREFIX + key(jar, classPathJars) + SUFFIX);
        if (Files.isRegularFile(archive)) {
            return new ClassDataArchive(archive, null);
        }
        if (!Files.isWritable(folder)) {
            return null;
        }
        return new ClassDataArchive(archive, folder.resolve(PREFIX + ProcessHandle.current().pid() + SUFFIX + ".part"));
    }

    /** The JVM options that use the archive, or record it when the window's JVM exits. */
    List<String> jvmOptions() {
        if (recording == null) {
            return List.of("-XX:SharedArchiveFile=" + archive, QUIET);
        }
        return List.of("-XX:ArchiveClassesAtExit=" + recording, QUIET);
    }

    /**
     * After the window's JVM exited: a recorded archive takes its place under its final name (a move, so a
     * window starting meanwhile never maps a half-written file), and archives of earlier builds are removed.
     */
    void afterExit() {
        if (recording == null) {
            return;
        }
        try {
            if (Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOthers();
            }
        } catch (IOException e) {
            // Not recorded (the JVM was killed, or the disk is full): the next window run tries again.
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                // A stray part file is harmless and removed by the next successful recording.
            }
        }
    }

    Path archive() {
        return archive;
    }

    private void removeOthers() throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), PREFIX + "*" + SUFFIX + "*")) {
            for (Path p : old) {
                if (!p.equals(archive)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean choosesSharing(String argument) {
        return argument.startsWith("-Xshare") || argument.startsWith("-XX:SharedArchiveFile")
                || argument.startsWith("-XX:ArchiveClassesAtExit") || argument.startsWith("-XX:SharedClassListFile")
                || argument.startsWith("-XX:DumpLoadedClassList") || argument.contains("AutoCreateSharedArchive");
    }

    // The jars' names, sizes and times and the Java that records: what the JVM checks before it maps an archive.
    private static String key(Path jar, List<Path> classPathJars) {
        CRC32 crc = new CRC32();
        StringBuilder text = new StringBuilder(System.getProperty("java.home", "")).append('|')
                .append(System.getProperty("java.vm.version", ""));
        for (Path p : concat(jar, classPathJars)) {
            text.append('|').append(p.getFileName());
            try {
                text.append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                text.append(":?");
            }
        }
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static List<Path> concat(Path jar, List<Path> others) {
        List<Path> all = new ArrayList<>(others.size() + 1);
        all.add(jar);
        all.addAll(others);
        return all;
    }
}
