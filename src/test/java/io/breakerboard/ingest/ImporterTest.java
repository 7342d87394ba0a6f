package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.Pipeline;
import io.breakerboard.store.Store;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.FixedFormat;
import io.breakerboard.testsupport.PipeFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    private static final long T = 1_700_000_000_000L;

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
        importer = new Importer(new FormatDetector(List.of(new PipeFormat(), new FixedFormat("never", "never lines", 0))),
                pipeline, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        pipeline.close();
        store.close();
    }

    private Path log(String name, int from, int count) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            sb.append(PipeFormat.line(name + "-" + i, "agent-" + (i % 3), T + i * 1000L, 100 + i,
                    i % 5 == 0 ? Outcome.FAILURE : Outcome.SUCCESS, 10)).append('\n');
        }
        Path file = dir.resolve("logs").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, sb);
    }

    private List<FileSummary> importAll(Path... paths) throws IOException {
        return importer.importPaths(List.of(paths), ImportListener.NONE, () -> false);
    }

    @Test
    void importsAFolderRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
        log("b.log", 0, 2);
        log("a.log", 0, 3);
        log("sub/c.log", 0, 1);
        log(".hidden.log", 0, 4);
        log(".git/inside.log", 0, 4);

        List<FileSummary> summaries = importAll(dir.resolve("logs"));

        assertThat(summaries).extracting(s -> dir.resolve("logs").relativize(Path.of(s.file())).toString())
                .containsExactly("a.log", "b.log", "sub/c.log");
        assertThat(summaries).allSatisfy(s -> {
            assertThat(s.ok()).isTrue();
            assertThat(s.format()).isEqualTo("pipe");
        });
        assertThat(store.executions().count()).isEqualTo(6);
    }

    @Test
    void stampsEachExecutionWithItsFileAndFormat() throws IOException {
        Path file = log("a.log", 0, 1);
        importAll(file);

        Execution stored = store.executions().findByKey("a.log-0").orElseThrow();
        assertThat(stored.source()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(stored.format()).isEqualTo("pipe");
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws IOException {
        Path file = log("a.log", 0, 50);
        FileSummary first = importAll(file).get(0);
        FileSummary second = importAll(file).get(0);

        assertThat(first.imported()).isEqualTo(50);
        assertThat(second.executions()).isEqualTo(50);
        assertThat(second.duplicates()).isEqualTo(50);
        assertThat(second.imported()).isZero();
        assertThat(store.executions().count()).isEqualTo(50);
    }

    @Test
    void repeatsInsideOneFileCountAsDuplicates() throws IOException {
        Path file = Files.writeString(dir.resolve("twice.log"), PipeFormat.line("k", "a", T, 5, Outcome.SUCCESS, 1) + "\n"
                + PipeFormat.line("k", "a", T, 5, Outcome.SUCCESS, 1) + "\n");
        FileSummary s = importAll(file).get(0);

        assertThat(s.executions()).isEqualTo(2);
        assertThat(s.duplicates()).isEqualTo(1);
    }

    @Test
    void rejectedRecordsAreQuarantinedWithFileLineReasonAndRaw() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.log"), PipeFormat.line("k1", "a", T, 5, Outcome.SUCCESS, 1)
                + "\nexec|broken\n" + PipeFormat.line("k2", "a", T, 5, Outcome.SUCCESS, 1) + "\n");

        FileSummary s = importAll(file).get(0);

        assertThat(s.ok()).isTrue();
        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.quarantined()).isEqualTo(1);
        assertThat(s.messages()).containsExactly("mixed.log:2: expected 7 fields starting with 'exec', found 2");
        assertThat(store.quarantine().find(file.toAbsolutePath().toString(), 10)).containsExactly(
                new QuarantinedRecord(file.toAbsolutePath().toString(), 2,
                        "expected 7 fields starting with 'exec', found 2", "exec|broken"));
    }

    @Test
    void aBinaryOrUnknownFileIsRefusedWhileTheOthersImport() throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        Files.write(dir.resolve("logs/x.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.writeString(dir.resolve("logs/notes.txt"), "just some prose\n");
        log("ok.log", 0, 4);

        List<FileSummary> summaries = importAll(dir.resolve("logs"));

        assertThat(summaries).hasSize(3);
        assertThat(summaries.get(0).error()).isEqualTo("not a log Breakerboard can read: notes.txt — no format"
                + " recognised it (tried: pipe test lines, never lines)");
        assertThat(summaries.get(0).format()).isNull();
        assertThat(summaries.get(1).imported()).isEqualTo(4);
        assertThat(summaries.get(2).error()).isEqualTo("not a log Breakerboard can read: x.bin looks binary");
        assertThat(store.executions().count()).isEqualTo(4);
    }

    @Test
    void aMissingFileGetsASummarySayingSo() throws IOException {
        FileSummary s = importAll(dir.resolve("gone.log")).get(0);
        assertThat(s.error()).isEqualTo("cannot read gone.log: no such file. Check the path.");
    }

    @Test
    void cancellingBetweenFilesKeepsTheFinishedOnes() throws IOException {
        log("a.log", 0, 10);
        log("b.log", 0, 10);
        log("c.log", 0, 10);
        AtomicBoolean cancel = new AtomicBoolean();
        ImportListener cancelAfterFirst = new ImportListener() {
            @Override
            public void fileFinished(FileSummary summary) {
                cancel.set(true);
            }
        };

        List<FileSummary> summaries = importer.importPaths(List.of(dir.resolve("logs")), cancelAfterFirst, cancel::get);

        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0).ok()).isTrue();
        assertThat(store.executions().count()).isEqualTo(10);
    }

    @Test
    void cancellingInsideAFileKeepsWhatWasRead() throws IOException {
        Path file = log("big.log", 0, 3_000);
        AtomicInteger checks = new AtomicInteger();
        BooleanSupplier cancelLater = () -> checks.incrementAndGet() > 1_500;

        List<FileSummary> summaries = importer.importPaths(List.of(file), ImportListener.NONE, cancelLater);

        FileSummary s = summaries.get(0);
        assertThat(s.error()).startsWith("cancelled after ");
        assertThat(s.executions()).isBetween(1L, 2_999L);
        assertThat(store.executions().count()).isEqualTo(s.executions());
        assertThat(s.stoppedEarly()).isTrue();
        assertThat(s.stoppedAt().line()).isBetween(s.executions(), 2_999L);
        assertThat(s.stoppedAt().bytes()).isBetween(1L, Files.size(file));
        assertThat(s.problem()).startsWith("stopped early at line " + s.stoppedAt().line() + ", byte ")
                .endsWith(": cancelled after " + s.executions() + " executions; those were kept");
    }

    @Test
    void aReadErrorHalfwaySaysTheFileStoppedEarlyAndWhere() throws IOException {
        LogFormat diskFailsAtLine4 = new PipeFormat() {
            @Override
            public void parse(LogSource source, ParseSink sink) throws IOException {
                try (LineReader lines = source.openLines()) {
                    for (String line; (line = lines.next()) != null; ) {
                        if (lines.lineNumber() == 4) {
                            throw new IOException("Input/output error");
                        }
                        sink.execution(io.breakerboard.testsupport.Executions.simple("k" + lines.lineNumber(), "a",
                                io.breakerboard.testsupport.Executions.T0));
                    }
                }
            }
        };
        Importer failing = new Importer(new FormatDetector(List.of(diskFailsAtLine4)), pipeline, Clock.systemUTC());
        Path file = log("disk.log", 0, 10);

        FileSummary s = failing.importPaths(List.of(file), ImportListener.NONE, () -> false).get(0);

        assertThat(s.ok()).isFalse();
        assertThat(s.stoppedEarly()).isTrue();
        assertThat(s.refused()).isFalse();
        assertThat(s.stoppedAt().line()).isEqualTo(4);
        assertThat(s.stoppedAt().bytes()).isEqualTo(Files.size(file));
        assertThat(s.problem()).isEqualTo("stopped early at line 4, byte " + Files.size(file)
                + ": cannot read disk.log: Input/output error");
        assertThat(s.recordsRead()).isEqualTo(3);
        assertThat(s.imported()).isEqualTo(3);
        assertThat(store.executions().count()).isEqualTo(3);
    }

    @Test
    void reportsProgressUpToTheWholeImport() throws IOException {
        log("a.log", 0, 2_000);
        log("b.log", 0, 10);
        List<ImportProgress> progress = new ArrayList<>();
        List<FileSummary> finished = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                progress.add(p);
            }

            @Override
            public void fileFinished(FileSummary summary) {
                finished.add(summary);
            }
        };

        importer.importPaths(List.of(dir.resolve("logs")), listener, () -> false);

        assertThat(finished).hasSize(2);
        assertThat(progress).isNotEmpty();
        ImportProgress last = progress.get(progress.size() - 1);
        assertThat(last.filesDone()).isEqualTo(2);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.executions()).isEqualTo(2_010);
    }

    @Test
    void aFileThatBreaksHalfwayKeepsWhatCameBefore() throws IOException {
        LogFormat breaksAtLine3 = new PipeFormat() {
            @Override
            public void parse(LogSource source, ParseSink sink) {
                sink.execution(io.breakerboard.testsupport.Executions.simple("early", "a", io.breakerboard.testsupport.Executions.T0));
                throw new MalformedLogException(3, "unterminated JSON document");
            }
        };
        Importer strict = new Importer(new FormatDetector(List.of(breaksAtLine3)), pipeline, Clock.systemUTC());
        Path file = log("half.log", 0, 5);

        FileSummary s = strict.importPaths(List.of(file), ImportListener.NONE, () -> false).get(0);

        assertThat(s.error()).isEqualTo("half.log:3: unterminated JSON document");
        assertThat(s.stoppedAt().line()).isEqualTo(3);
        assertThat(s.problem()).startsWith("stopped early at line 3, byte ");
        assertThat(store.executions().findByKey("early")).isPresent();
    }

    @Test
    void aReaderThatGivesUpBeforeTheEndReportsTheFileAsStoppedEarly() throws IOException {
        LogFormat readsOneLine = new PipeFormat() {
            @Override
            public void parse(LogSource source, ParseSink sink) throws IOException {
                try (java.io.InputStream in = source.openStream()) {
                    in.readNBytes(100);
                }
            }
        };
        Importer lazy = new Importer(new FormatDetector(List.of(readsOneLine)), pipeline, Clock.systemUTC());
        Path file = log("long.log", 0, 2_000);

        FileSummary s = lazy.importPaths(List.of(file), ImportListener.NONE, () -> false).get(0);

        assertThat(s.stoppedEarly()).isTrue();
        assertThat(s.stoppedAt().bytes()).isEqualTo(100);
        assertThat(s.error()).isEqualTo("the pipe test lines reader stopped after 100 of " + Files.size(file)
                + " bytes; the rest of long.log was not read");
    }

    @Test
    void aDocumentBrokenInTheMiddleIsReportedAsStoppedEarlyNotAsRead() throws IOException {
        StringBuilder doc = new StringBuilder("[\n");
        for (int i = 0; i < 600; i++) {
            doc.append(i == 0 ? "" : ",\n").append(i == 100 ? "{\"execution_id\": \"c-100\", \"costs\": {" : "")
                    .append("{\"execution_id\": \"c-").append(i).append("\", \"agent\": \"billing\", ")
                    .append("\"timestamp\": \"2025-01-01T00:00:00Z\", \"total_cost\": 0.5, ")
                    .append("\"costs\": {\"billing\": {\"model\": \"gpt-4o\", \"tokens\": 10, \"cost\": 0.5}}}");
        }
        Path file = Files.writeString(dir.resolve("costs.json"), doc.append("\n]\n"));
        Importer all = new Importer(new FormatDetector(io.breakerboard.ingest.format.Formats.all()), pipeline,
                Clock.systemUTC());

        FileSummary s = all.importPaths(List.of(file), ImportListener.NONE, () -> false).get(0);

        assertThat(s.format()).isEqualTo("cost-json");
        assertThat(s.imported()).isEqualTo(100);
        assertThat(s.quarantined()).isEqualTo(1);
        assertThat(s.stoppedEarly()).isTrue();
        assertThat(s.stoppedAt().bytes()).isLessThan(Files.size(file));
        long brokenLine = Long.parseLong(s.messages().get(0).split(":")[1]);
        assertThat(brokenLine).isGreaterThan(100);
        assertThat(s.stoppedAt().line()).isEqualTo(brokenLine);
        assertThat(s.problem()).startsWith("stopped early at line " + s.stoppedAt().line() + ", byte ")
                .contains("the rest of costs.json was not read");
    }
}
