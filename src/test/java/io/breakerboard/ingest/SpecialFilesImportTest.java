package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.breakerboard.model.Outcome;
import io.breakerboard.testsupport.PipeFormat;
import io.breakerboard.testsupport.RecordingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not regular files: each is refused within a second with a message naming it and what it is,
 * and the regular files beside it still import. The timeouts run the test on its own thread, so a path that
 * blocks (opening a named pipe waits for a writer) fails the test instead of hanging the build.
 */
class SpecialFilesImportTest {
    @TempDir
    Path dir;
    private final RecordingSink sink = new RecordingSink();
    private final Importer importer = new Importer(new FormatDetector(List.of(new PipeFormat())), sink,
            Clock.systemUTC());
    private Path good;

    @BeforeEach
    void writeARegularLog() throws IOException {
        good = Files.writeString(dir.resolve("good.log"),
                PipeFormat.line("g1", "alpha", 1_700_000_000_000L, 100, Outcome.SUCCESS, 1) + "\n");
        // Loads the import classes outside the timed tests.
        new Importer(new FormatDetector(List.of(new PipeFormat())), new RecordingSink(), Clock.systemUTC())
                .importPaths(List.of(good), ImportListener.NONE, () -> false);
    }

    private List<FileSummary> importAll(Path... paths) throws IOException {
        return importer.importPaths(List.of(paths), ImportListener.NONE, () -> false);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = mkfifo(dir.resolve("agent.pipe"));

        List<FileSummary> summaries = importAll(fifo, good);

        assertThat(summaries.get(0).refused()).isTrue();
        assertThat(summaries.get(0).error())
                .isEqualTo("agent.pipe: named pipe (FIFO): not a regular file, so it is not imported");
        assertThat(summaries.get(1).ok()).isTrue();
        assertThat(sink.keys()).containsExactly("g1");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aNamedPipeInsideAFolderIsRefusedAndTheFolderStillImports() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("logs"));
        Files.copy(good, folder.resolve("a.log"));
        mkfifo(folder.resolve("b.pipe"));

        List<FileSummary> summaries = importAll(folder);

        assertThat(summaries).extracting(s -> Path.of(s.file()).getFileName().toString())
                .containsExactly("a.log", "b.pipe");
        assertThat(summaries.get(0).ok()).isTrue();
        assertThat(summaries.get(1).error()).contains("b.pipe: named pipe (FIFO): not a regular file");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void devicesAreRefusedInsteadOfReadForever() throws IOException {
        Path zero = Path.of("/dev/zero");
        Path nul = Path.of("/dev/null");
        assumeTrue(Files.exists(zero) && Files.exists(nul), "no /dev/zero or /dev/null here");

        List<FileSummary> summaries = importAll(zero, nul);

        assertThat(summaries).extracting(FileSummary::error).containsExactly(
                "zero: character device: not a regular file, so it is not imported",
                "null: character device: not a regular file, so it is not imported");
        assertThat(summaries).allSatisfy(s -> assertThat(s.refused()).isTrue());
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aSymbolicLinkLoopIsRefusedNamedAndInsideAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("logs"));
        Files.copy(good, folder.resolve("c.log"));
        Path a = Files.createSymbolicLink(folder.resolve("a.log"), folder.resolve("b.log"));
        Files.createSymbolicLink(folder.resolve("b.log"), a);

        FileSummary named = importAll(a).get(0);
        List<FileSummary> walked = importAll(folder);

        assertThat(named.refused()).isTrue();
        assertThat(named.error()).isEqualTo("a.log: symbolic link loop, the links lead back to themselves");
        assertThat(walked).extracting(FileSummary::error).containsExactly(
                "a.log: symbolic link loop, the links lead back to themselves",
                "b.log: symbolic link loop, the links lead back to themselves", null);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aFolderLinkCycleIsWalkedOnceAndReported() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("logs/sub"));
        Files.copy(good, folder.resolve("d.log"));
        Files.createSymbolicLink(folder.resolve("up"), dir.resolve("logs"));

        List<FileSummary> summaries = importAll(dir.resolve("logs"));

        assertThat(summaries).extracting(s -> dir.resolve("logs").relativize(Path.of(s.file())).toString())
                .containsExactly("sub/d.log", "sub/up");
        assertThat(summaries.get(0).ok()).isTrue();
        assertThat(summaries.get(1).error())
                .isEqualTo("up: folder link loop, it leads back to a folder already being read; skipped");
        assertThat(sink.keys()).containsExactly("g1");
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aLinkedFolderIsFollowedAndALinkToAMissingFileIsNamed() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.copy(good, real.resolve("e.log"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.createSymbolicLink(logs.resolve("linked"), real);
        Files.createSymbolicLink(logs.resolve("gone.log"), dir.resolve("nowhere.log"));

        List<FileSummary> summaries = importAll(logs);

        assertThat(summaries).extracting(s -> logs.relativize(Path.of(s.file())).toString())
                .containsExactly("gone.log", "linked/e.log");
        assertThat(summaries.get(0).error()).isEqualTo("gone.log: symbolic link to a missing file ("
                + dir.resolve("nowhere.log") + ")");
        assertThat(summaries.get(1).ok()).isTrue();
    }

    private static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available: " + noMkfifo.getMessage());
            return path;
        }
        assumeTrue(p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return path;
    }
}
