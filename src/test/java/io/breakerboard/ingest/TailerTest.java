package io.breakerboard.ingest;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.testsupport.PipeFormat;
import io.breakerboard.testsupport.RecordingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TailerTest {
    @TempDir
    Path dir;
    private Path file;
    private RecordingSink sink;
    private ScheduledExecutorService scheduler;
    private Tailer tailer;

    @BeforeEach
    void setUp() {
        file = dir.resolve("agent.log");
        sink = new RecordingSink();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        tailer = new Tailer(new FormatDetector(List.of(new PipeFormat())), sink, scheduler, Duration.ofSeconds(1));
        tailer.watch(file);
    }

    @AfterEach
    void tearDown() {
        tailer.close();
        scheduler.shutdownNow();
    }

    private static String line(String key) {
        return PipeFormat.line(key, "tailed", 1_700_000_000_000L, 12, Outcome.SUCCESS, 3) + "\n";
    }

    private void append(String text) throws IOException {
        Files.writeString(file, text, CREATE, APPEND);
    }

    @Test
    void readsWhatIsThereThenWhatIsAppended() throws IOException {
        append(line("k1") + line("k2"));
        tailer.poll();
        assertThat(sink.keys()).containsExactly("k1", "k2");

        append(line("k3"));
        tailer.poll();
        assertThat(sink.keys()).containsExactly("k1", "k2", "k3");
        assertThat(sink.flushes).isEqualTo(2);
    }

    @Test
    void stampsSourceAndFormat() throws IOException {
        append(line("k1"));
        tailer.poll();
        Execution e = sink.executions.get(0);
        assertThat(e.source()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(e.format()).isEqualTo("pipe");
        assertThat(tailer.status().get(0).format()).isEqualTo("pipe");
    }

    @Test
    void aPartialLineWaitsForItsEnd() throws IOException {
        String full = line("k1");
        append(full.substring(0, 10));
        tailer.poll();
        assertThat(sink.executions).isEmpty();

        append(full.substring(10));
        tailer.poll();
        assertThat(sink.keys()).containsExactly("k1");
    }

    @Test
    void aFileThatDoesNotExistYetIsPickedUpWhenItAppears() throws IOException {
        tailer.poll();
        assertThat(tailer.status().get(0).error()).contains("does not exist (yet)");

        append(line("k1"));
        tailer.poll();
        assertThat(sink.keys()).containsExactly("k1");
        assertThat(tailer.status().get(0).error()).isNull();
    }

    @Test
    void afterTruncationItReadsFromTheStart() throws IOException {
        append(line("k1") + line("k2") + line("k3"));
        tailer.poll();

        Files.writeString(file, line("k4"), TRUNCATE_EXISTING);
        tailer.poll();

        assertThat(sink.keys()).containsExactly("k1", "k2", "k3", "k4");
    }

    @Test
    void afterRotationItFinishesTheOldFileThenReadsTheNewOne() throws IOException {
        append(line("k1"));
        tailer.poll();

        Path rotated = dir.resolve("agent.log.1");
        Files.move(file, rotated);
        Files.writeString(rotated, line("k2"), APPEND);
        append(line("k3") + line("k4"));
        tailer.poll();

        assertThat(sink.keys()).containsExactly("k1", "k2", "k3", "k4");

        append(line("k5"));
        tailer.poll();
        assertThat(sink.keys()).containsExactly("k1", "k2", "k3", "k4", "k5");
    }

    @Test
    void badLinesAreQuarantinedWithTheirLineInTheFile() throws IOException {
        append(line("k1") + line("k2"));
        tailer.poll();
        append("exec|oops\n" + line("k3"));
        tailer.poll();

        assertThat(sink.keys()).containsExactly("k1", "k2", "k3");
        assertThat(sink.quarantined).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(3);
            assertThat(q.raw()).isEqualTo("exec|oops");
            assertThat(q.source()).isEqualTo(file.toAbsolutePath().toString());
        });
    }

    @Test
    void anUnrecognisedFileWaitsAndSaysWhy() throws IOException {
        append("hello\n");
        tailer.poll();

        assertThat(sink.executions).isEmpty();
        assertThat(tailer.status().get(0).error()).contains("no format recognised it");
    }

    @Test
    void unwatchedFilesAreNoLongerRead() throws IOException {
        tailer.unwatch(file);
        append(line("k1"));
        tailer.poll();

        assertThat(sink.executions).isEmpty();
        assertThat(tailer.watched()).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 1, unit = java.util.concurrent.TimeUnit.SECONDS,
            threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aWatchedNamedPipeOrDeviceIsReportedInsteadOfBlockingTheTailer() throws Exception {
        Path fifo = dir.resolve("agent.pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "mkfifo is not available");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        tailer.watch(fifo);
        tailer.watch(Path.of("/dev/zero"));

        tailer.poll();

        assertThat(tailer.status()).extracting(TailStatus::error).contains(
                "agent.pipe: named pipe (FIFO): not a regular file, so it is not imported",
                "zero: character device: not a regular file, so it is not imported");
    }

    @Test
    void aFollowedGzipFileIsReadDecompressedAndAgainWhenAMemberIsAppended() throws IOException {
        Path gz = dir.resolve("agent.log.gz");
        tailer.watch(gz);
        Files.write(gz, gzip(line("g1") + "exec|oops\n" + line("g2")));
        tailer.poll();
        assertThat(sink.keys()).containsExactly("g1", "g2");

        // gzip -c >> agent.log.gz: a second member, which a reader takes as the continuation of the first
        Files.write(gz, gzip(line("g3")), CREATE, APPEND);
        tailer.poll();
        tailer.poll();

        assertThat(sink.keys()).containsExactly("g1", "g2", "g3");
        assertThat(sink.quarantined).as("the bad line is quarantined once, with its line in the plain text")
                .singleElement().satisfies(q -> {
                    assertThat(q.line()).isEqualTo(2);
                    assertThat(q.raw()).isEqualTo("exec|oops");
                });
        assertThat(tailer.status()).filteredOn(st -> st.file().equals(gz)).singleElement()
                .satisfies(st -> assertThat(st.error()).isNull());
    }

    @Test
    void aGzipFileStillBeingWrittenIsReadAsFarAsItDecompresses() throws IOException {
        Path gz = dir.resolve("partial.log.gz");
        tailer.watch(gz);
        byte[] whole = gzip(line("p1") + line("p2"));
        Files.write(gz, java.util.Arrays.copyOf(whole, whole.length - 8)); // the trailer is not written yet
        tailer.poll();
        Files.write(gz, whole);
        tailer.poll();

        assertThat(sink.keys()).containsExactly("p1", "p2");
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
