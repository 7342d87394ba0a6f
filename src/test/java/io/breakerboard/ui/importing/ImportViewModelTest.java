package io.breakerboard.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.FileSummary;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeImports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;

    /** Jobs wait here until the test lets them run, so a running import can be looked at. */
    private final List<Runnable> pendingJobs = new ArrayList<>();
    private final Executor jobs = pendingJobs::add;
    private final FakeData data = new FakeData();
    private final FakeImports imports = new FakeImports(data, new MutableClock(Instant.parse("2024-05-01T12:00:00Z")), jobs);
    private final ImportViewModel vm = new ImportViewModel(imports, UiExecutor.direct());

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private void runJobs() {
        while (!pendingJobs.isEmpty()) {
            pendingJobs.remove(0).run();
        }
    }

    @Test
    void importsAFileAndReportsWhatItGave() throws IOException {
        Path log = file("agents.log", "coder,SUCCESS,1200,0.02", "coder,FAILURE,800,0.01,timeout after 30 s",
                "this is not a record", "planner,SUCCESS,300,0.001");

        vm.importPaths(List.of(log));
        assertThat(vm.runningProperty().get()).isTrue();
        runJobs();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.results()).singleElement().satisfies(f -> {
            assertThat(f.executions()).isEqualTo(3);
            assertThat(f.quarantined()).isEqualTo(1);
            assertThat(f.format()).isEqualTo(FakeImports.FORMAT);
        });
        assertThat(vm.outcomeProperty().get()).isEqualTo(
                "Imported 1 file: 3 new executions + 0 duplicates + 0 updated + 1 quarantined = 4 records read");
        assertThat(data.size()).isEqualTo(3);
    }

    @Test
    void showsProgressInBytesAndFiles() throws IOException {
        Path a = file("a.log", "coder,SUCCESS,1200,0.02");
        Path b = file("b.log", "coder,SUCCESS,1300,0.02");

        vm.importPaths(List.of(a, b));
        runJobs();

        assertThat(vm.results()).extracting(FileSummary::file).containsExactly(a.toString(), b.toString());
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void importingTheSameFileTwiceCountsDuplicates() throws IOException {
        Path log = file("again.log", "coder,SUCCESS,1200,0.02", "reviewer,SUCCESS,200,0.01");
        vm.importPaths(List.of(log));
        runJobs();

        vm.importPaths(List.of(log));
        runJobs();

        assertThat(vm.results()).singleElement().satisfies(f -> assertThat(f.duplicates()).isEqualTo(2));
        assertThat(vm.outcomeProperty().get()).contains("0 new executions + 2 duplicates + 0 updated + 0 quarantined = 2 records read");
    }

    @Test
    void filesDroppedDuringAnImportWaitTheirTurn() throws IOException {
        Path first = file("first.log", "coder,SUCCESS,1200,0.02");
        Path second = file("second.log", "planner,SUCCESS,1200,0.02");

        vm.importPaths(List.of(first));
        vm.importPaths(List.of(second));
        assertThat(pendingJobs).hasSize(1);
        runJobs();

        assertThat(vm.finishedImportsProperty().get()).isEqualTo(2);
        assertThat(data.size()).isEqualTo(2);
    }

    @Test
    void cancellingKeepsWhatWasDoneAndSaysSo() throws IOException {
        Path log = file("big.log", "coder,SUCCESS,1200,0.02");

        vm.importPaths(List.of(log));
        vm.cancel();
        runJobs();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.outcomeProperty().get()).startsWith("Import cancelled");
    }

    @Test
    void showsTheQuarantinedLinesOfAFileWithTheirReasons() throws IOException {
        Path log = file("mixed.log", "coder,SUCCESS,1200,0.02", "coder,EXPLODED,1,0.1");
        vm.importPaths(List.of(log));
        runJobs();

        vm.showQuarantine(log.toString());

        assertThat(vm.quarantined()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(2);
            assertThat(q.reason()).contains("EXPLODED");
        });
        assertThat(vm.quarantineTitleProperty().get()).isEqualTo("1 quarantined lines in mixed.log");
        assertThat(vm.quarantined()).extracting(QuarantinedRecord::raw).containsExactly("coder,EXPLODED,1,0.1");
    }

    @Test
    void theProblemColumnSaysWhereAFileStoppedEarly() {
        FileSummary stopped = new FileSummary("/logs/big.log", FakeImports.FORMAT, 7, 7, 1, 0, 0,
                java.time.Duration.ZERO, "cannot read big.log: Input/output error",
                new FileSummary.Position(9, 4_096), List.of("big.log:3: not a record"));

        assertThat(ImportViewModel.problemOf(stopped))
                .isEqualTo("stopped early at line 9, byte 4096: cannot read big.log: Input/output error");
        assertThat(stopped.accounting()).isEqualTo("8 read = 7 new + 0 duplicates + 0 updated + 1 quarantined");
    }

    @Test
    void quarantinedLinesListByFileThenLineNumber() throws IOException {
        String[] lines = new String[12];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "bad line " + i;
        }
        Path b = file("b.log", lines);
        Path a = file("a.log", "also bad", "still bad");
        vm.importPaths(List.of(b, a));
        runJobs();

        vm.showQuarantine(null);
        runJobs();

        assertThat(vm.quarantined()).extracting(q -> Path.of(q.source()).getFileName() + ":" + q.line())
                .containsExactly("a.log:1", "a.log:2", "b.log:1", "b.log:2", "b.log:3", "b.log:4", "b.log:5", "b.log:6",
                        "b.log:7", "b.log:8", "b.log:9", "b.log:10", "b.log:11", "b.log:12");
    }

    @Test
    void theProblemColumnHoldsOneLine() {
        FileSummary refused = new FileSummary("/logs/odd.log", null, 0, 0, 0, 0, 0, java.time.Duration.ZERO,
                "not a log:\n  binary content", null, List.of());

        assertThat(ImportViewModel.problemLine(refused)).isEqualTo(ImportViewModel.problemOf(refused).replace(":\n  ", ": "));
    }
}
