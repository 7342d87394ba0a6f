package io.breakerboard.ui.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.chaos.ClassicExperiments;
import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentProgress;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportPhase;
import io.breakerboard.chaos.ReportRow;
import io.breakerboard.service.ReportFormat;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeChaosControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentsViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final FakeChaosControl chaos = new FakeChaosControl(NOW);
    private final UiExecutor ui = UiExecutor.direct();
    private final List<String> told = new ArrayList<>();
    private final ChaosViewModel panel = new ChaosViewModel(chaos, ui);
    private final ExperimentsViewModel vm = panel.experiments();

    {
        ui.onMessage(told::add);
    }

    private static ExperimentReport report(String id, String experiment, ExperimentStatus status) {
        return new ExperimentReport(id, experiment, 7, status, NOW, NOW.plusSeconds(600), "summary of " + id, List.of(
                new ReportRow(ReportPhase.BEFORE, "Success rate of all agents", "≥ 60 %", "88 % (44 of 50)", false, ""),
                new ReportRow(ReportPhase.AFTER, "Success rate of all agents", "≥ 60 %", "40 % (20 of 50)", true, "Add a fallback")));
    }

    @Test
    void theClassicsAreListedFirstAndTheFirstIsSelectedWithItsNewestReport() {
        chaos.addReport(report("r-old", ClassicExperiments.KILL_TOOL, ExperimentStatus.PASSED));
        chaos.addReport(report("r-other", ClassicExperiments.MALFORMED_DATA, ExperimentStatus.PASSED));
        chaos.addReport(report("r-new", ClassicExperiments.KILL_TOOL, ExperimentStatus.DEVIATED));

        vm.load();

        assertThat(vm.experiments()).extracting(ExperimentEntry::name).containsExactly(
                ClassicExperiments.KILL_TOOL, ClassicExperiments.AGENT_TIMEOUT, ClassicExperiments.MALFORMED_DATA);
        assertThat(vm.selectedProperty().get().name()).isEqualTo(ClassicExperiments.KILL_TOOL);
        assertThat(vm.runs()).extracting(ExperimentReport::id).containsExactly("r-new", "r-old");
        assertThat(vm.reportProperty().get().id()).isEqualTo("r-new");
        assertThat(vm.rows()).extracting(ReportRow::deviated).containsExactly(false, true);
        assertThat(vm.summaryProperty().get()).isEqualTo("Deviated: summary of r-new");

        vm.select(ClassicExperiments.MALFORMED_DATA);
        assertThat(vm.runs()).extracting(ExperimentReport::id).containsExactly("r-other");
    }

    @Test
    void aRunShowsItsProgressAndThenItsReport() {
        vm.load();
        vm.run();

        assertThat(vm.runningProperty().get()).isTrue();
        FakeChaosControl.Run run = chaos.runs().get(0);
        assertThat(run.experiment()).isEqualTo(ClassicExperiments.KILL_TOOL);
        run.progress().accept(new ExperimentProgress("Method", 0.6, "Method: 2 min of 9 min, 40 executions"));
        assertThat(vm.progressProperty().get()).isEqualTo(0.6);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Method: 2 min of 9 min, 40 executions");

        ExperimentReport done = report("r-1", ClassicExperiments.KILL_TOOL, ExperimentStatus.DEVIATED);
        chaos.addReport(done);
        run.result().complete(done);

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.reportProperty().get()).isEqualTo(done);
        assertThat(told).last().isEqualTo("Experiment " + ClassicExperiments.KILL_TOOL + ": Deviated (1 deviation)");
    }

    @Test
    void cancelAsksTheRunToStopAndSaysSoWhenItHas() {
        vm.load();
        vm.run();
        FakeChaosControl.Run run = chaos.runs().get(0);

        vm.cancel();

        assertThat(run.cancelRequested()).isTrue();
        assertThat(vm.progressTextProperty().get()).startsWith("Cancelling");
        run.result().completeExceptionally(new CancellationException("cancelled"));
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(told).last().asString().endsWith("cancelled; its faults were rolled back");
    }

    @Test
    void aRunThatCannotStartSaysWhy() {
        vm.load();
        vm.run();
        ExperimentsViewModel second = new ChaosViewModel(chaos, ui).experiments();
        second.load();

        second.run();

        assertThat(second.runningProperty().get()).isFalse();
        assertThat(told).last().asString().contains("could not run: an experiment is running");
    }

    @Test
    void aWrittenExperimentIsCheckedSavedAndListed() {
        vm.load();
        ExperimentEditorModel editor = panel.editor();
        editor.startFrom(ClassicExperiments.KILL_TOOL);
        assertThat(editor.textProperty().get()).contains("\"name\" : \"Copy of " + ClassicExperiments.KILL_TOOL + "\"");

        editor.textProperty().set(editor.textProperty().get().replace("\"atLeast\" : 90", "\"atLeast\" : 190"));
        editor.save(saved -> vm.load());
        assertThat(editor.problemProperty().get()).isTrue();
        assertThat(editor.messageProperty().get()).isEqualTo("the experiment: hypothesis[0]: fallback-recovery is a percentage: "
                + "its threshold must be between 0 and 100, got 190");

        editor.textProperty().set(editor.textProperty().get().replace("\"atLeast\" : 190", "\"atLeast\" : 95"));
        editor.save(saved -> vm.loadAndSelect(saved.name()));
        assertThat(editor.problemProperty().get()).isFalse();
        assertThat(vm.experiments()).hasSize(4);
        assertThat(vm.selectedProperty().get().builtIn()).isFalse();

        vm.deleteSelected();
        assertThat(vm.experiments()).hasSize(3);
    }

    @Test
    void aClassicCannotBeDeleted() {
        vm.load();
        vm.deleteSelected();
        assertThat(vm.experiments()).hasSize(3);
        assertThat(told).last().asString().contains("is a classic experiment and stays");
    }

    @Test
    void theShownReportIsExportedAsCsvOrMarkdown(@TempDir Path dir) throws Exception {
        chaos.addReport(report("r-1", ClassicExperiments.KILL_TOOL, ExperimentStatus.DEVIATED));
        vm.load();

        vm.export(ReportFormat.CSV, dir.resolve("r.csv"));
        vm.export(ReportFormat.MARKDOWN, dir.resolve("r.md"));

        assertThat(Files.readString(dir.resolve("r.csv"))).startsWith("phase,action,expected,actual,deviated,fix_needed");
        assertThat(Files.readString(dir.resolve("r.md"))).contains("**Deviated:** 40 % (20 of 50)");
        assertThat(told).last().asString().startsWith("Wrote the report of " + ClassicExperiments.KILL_TOOL);
    }
}
