package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.demo.SampleLogGenerator;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.testsupport.RecordingSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file whose first lines are damaged, as a crash or a copy cut from the middle of a log leaves them, is still
 * recognised: the damaged lines go to the quarantine with their line and reason and the rest imports. Runs over
 * every line format (the sample logs) and OTLP/JSON written one object per line.
 */
class DamagedHeadImportTest {
    private static final String OTLP_LINES = "collector-lines.jsonl";
    private static final String DAMAGE = "broken";

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeLogs() throws IOException {
        new SampleLogGenerator().writeSampleLogs(dir);
        try (InputStream in = DamagedHeadImportTest.class.getResourceAsStream("/fixtures/otlp/" + OTLP_LINES)) {
            Files.write(dir.resolve(OTLP_LINES), in.readAllBytes());
        }
        Files.createDirectories(dir.resolve(DAMAGE));
    }

    private record Imported(FileSummary summary, RecordingSink sink) {
        List<Long> quarantinedLines() {
            return sink.quarantined.stream().map(QuarantinedRecord::line).toList();
        }
    }

    private static Imported importFile(Path file) {
        RecordingSink sink = new RecordingSink();
        Importer importer = new Importer(new FormatDetector(Formats.all()), sink, Clock.systemUTC());
        try {
            return new Imported(importer.importPaths(List.of(file), ImportListener.NONE, () -> false).get(0), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with the bytes of one line (1-based) replaced by NULs, as a crash leaves a block of zeros. */
    private static Path withNulLine(Path file, int line) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        int[] range = lineRange(bytes, line);
        Arrays.fill(bytes, range[0], range[1], (byte) 0);
        return Files.write(dir.resolve(DAMAGE).resolve("nul-" + name), bytes);
    }

    /** The file without the first half of its first line, as a copy that starts in the middle of a line. */
    private static Path withTornFirstLine(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        int[] first = lineRange(bytes, 1);
        byte[] torn = Arrays.copyOfRange(bytes, (first[1] - first[0]) / 2, bytes.length);
        return Files.write(dir.resolve(DAMAGE).resolve("torn-" + name), torn);
    }

    private static int[] lineRange(byte[] bytes, int line) {
        int start = 0;
        for (int n = 1; n < line; n++) {
            while (bytes[start] != '\n') {
                start++;
            }
            start++;
        }
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return new int[] {start, end};
    }

    private static void assertAccounted(FileSummary s) {
        assertThat(s.recordsRead()).as(s.accounting())
                .isEqualTo(s.imported() + s.duplicates() + s.updated() + s.quarantined());
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleLogGenerator.CANONICAL, SampleLogGenerator.AUDIT, SampleLogGenerator.PIPE,
            SampleLogGenerator.COST, SampleLogGenerator.CSV, OTLP_LINES})
    void aLineOfNulBytesInTheHeadIsQuarantinedAndTheRestImports(String name) throws IOException {
        Imported clean = importFile(dir.resolve(name));
        // The CSV header is line 1 and names the columns, so its first record is damaged instead.
        int line = name.equals(SampleLogGenerator.CSV) ? 2 : 1;
        Imported damaged = importFile(withNulLine(dir.resolve(name), line));

        assertThat(damaged.summary().format()).as(damaged.summary().problem()).isEqualTo(clean.summary().format());
        assertThat(damaged.summary().ok()).isTrue();
        assertThat(damaged.quarantinedLines()).as(damaged.sink().quarantined.toString()).contains((long) line);
        // A pipe log's damaged start line also orphans the lines of its execution; they are quarantined too.
        assertThat(damaged.summary().quarantined()).isGreaterThan(clean.summary().quarantined());
        assertThat(damaged.summary().executions()).isPositive();
        assertAccounted(damaged.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleLogGenerator.CANONICAL, SampleLogGenerator.AUDIT, SampleLogGenerator.PIPE,
            SampleLogGenerator.COST, OTLP_LINES})
    void aTornFirstLineIsQuarantinedAndTheRestImports(String name) throws IOException {
        Imported clean = importFile(dir.resolve(name));
        Imported damaged = importFile(withTornFirstLine(dir.resolve(name)));

        assertThat(damaged.summary().format()).as(damaged.summary().problem()).isEqualTo(clean.summary().format());
        assertThat(damaged.summary().ok()).isTrue();
        assertThat(damaged.sink().quarantined).filteredOn(q -> q.line() == 1).singleElement()
                .satisfies(q -> assertThat(q.reason()).isNotBlank());
        assertThat(damaged.summary().executions()).isPositive();
        assertAccounted(damaged.summary());
    }

    @Test
    void aClaudeCodeSessionWhoseTornFirstLineIsABareNumberIsStillASession() throws IOException {
        String session;
        try (InputStream in = DamagedHeadImportTest.class.getResourceAsStream("/fixtures/claude-code/session.jsonl")) {
            session = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path torn = Files.writeString(dir.resolve(DAMAGE).resolve("torn-session.jsonl"), "1729\n" + session);

        Imported imported = importFile(torn);

        assertThat(imported.summary().format()).as(imported.summary().problem()).isEqualTo("claude-code");
        assertThat(imported.quarantinedLines()).contains(1L);
        assertThat(imported.summary().imported()).isPositive();
        assertAccounted(imported.summary());
    }

    @Test
    void aHeadThatIsMostlyControlBytesIsStillRefusedAsBinary() throws IOException {
        byte[] blob = new byte[4096];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (i * 31 + 7);
        }
        Path file = Files.write(dir.resolve(DAMAGE).resolve("blob.jsonl"), blob);

        FileSummary s = importFile(file).summary();

        assertThat(s.refused()).isTrue();
        assertThat(s.error()).isEqualTo("not a log Breakerboard can read: blob.jsonl looks binary");
    }
}
