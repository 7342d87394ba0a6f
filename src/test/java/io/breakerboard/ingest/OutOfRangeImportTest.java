package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.Formats;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.Store;
import io.breakerboard.testsupport.CountingMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record the store cannot hold is quarantined with its reason, and the rest of the file still imports. */
class OutOfRangeImportTest {
    @TempDir
    Path dir;
    private Store store;
    private Pipeline pipeline;
    private Importer importer;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("data"), Clock.systemUTC());
        pipeline = new Pipeline(store.executions(), store.quarantine(), store.rollups(), new CountingMetrics(),
                UnaryOperator.identity(), UnaryOperator.identity());
        importer = new Importer(new FormatDetector(Formats.all()), pipeline, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        pipeline.close();
        store.close();
    }

    private static String line(int i, String durationMs) {
        return "{\"execution_id\":\"ex-" + i + "\",\"agent\":\"a\",\"started_at\":\"2024-10-15T13:43:11Z\","
                + "\"duration_ms\":" + durationMs + ",\"outcome\":\"success\",\"input_tokens\":10}\n";
    }

    private FileSummary importOne(Path file) throws IOException {
        return importer.importPaths(List.of(file), ImportListener.NONE, () -> false).get(0);
    }

    @Test
    void aDurationTheStoreCannotHoldIsQuarantinedAndEveryOtherLineImports() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_001; i++) {
            sb.append(line(i, i == 15_500 ? "315360000000000" : "1500"));
        }
        Path file = Files.writeString(dir.resolve("big.jsonl"), sb);

        FileSummary first = importOne(file);
        FileSummary again = importOne(file);

        assertThat(first.error()).isNull();
        assertThat(first.imported()).isEqualTo(20_000);
        assertThat(first.quarantined()).isEqualTo(1);
        assertThat(first.messages()).containsExactly("big.jsonl:15501: duration_ms 315360000000000 is outside 0..31622400000");
        assertThat(again.error()).isNull();
        assertThat(again.duplicates()).isEqualTo(20_000);
        assertThat(store.executions().count()).isEqualTo(20_000);
        assertThat(store.executions().findByKey("ex-20000")).isPresent();
        assertThat(store.quarantine().find(file.toAbsolutePath().toString(), 10)).first()
                .extracting(QuarantinedRecord::line, QuarantinedRecord::raw)
                .containsExactly(15_501L, line(15_500, "315360000000000").strip());
    }

    @Test
    void aTraceSessionWithATimeOutOfRangeIsQuarantinedWhileOtherFilesImport() throws IOException {
        String session;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/claude-code/session.jsonl")) {
            session = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path sessions = Files.createDirectories(dir.resolve("sessions"));
        Files.writeString(sessions.resolve("a-good.jsonl"), session);
        Files.writeString(sessions.resolve("b-bad.jsonl"), session
                .replace("11111111-2222-4333-8444-555555555555", "99999999-2222-4333-8444-555555555555")
                .replace("2025-06-01T10:00:06.000Z", "9925-06-01T10:00:06.000Z"));

        List<FileSummary> summaries = importer.importPaths(List.of(sessions), ImportListener.NONE, () -> false);

        assertThat(summaries).allSatisfy(s -> assertThat(s.error()).isNull());
        assertThat(summaries.get(0).imported()).isEqualTo(1);
        assertThat(summaries.get(1).imported()).isZero();
        assertThat(summaries.get(1).quarantined()).isEqualTo(summaries.get(0).quarantined() + 1);
        assertThat(summaries.get(1).messages()).filteredOn(m -> !summaries.get(0).messages().contains(
                m.replace("b-bad", "a-good"))).singleElement().asString()
                .startsWith("b-bad.jsonl: execution 'claude-code:99999999-2222-4333-8444-555555555555': ")
                .contains("is outside");
        assertThat(store.executions().count()).isEqualTo(1);
    }
}
