package io.breakerboard.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.lab.LabMetric;
import io.breakerboard.lab.LabRun;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.ReportFormat;
import io.breakerboard.testsupport.MutableClock;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.FakeData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabViewModelTest {
    private final FakeData data = new FakeData();
    private final LabControl lab = data.lab(Runnable::run, new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));
    private final LabViewModel vm = new LabViewModel(lab, UiExecutor.direct());

    @TempDir
    Path dir;

    @Test
    void aBenchmarkRunWithTheChosenSettingsIsShownListedAndKept() {
        vm.tasksProperty().set(10);
        vm.seedProperty().set(7);
        vm.modelProperty().set("swift-mini");

        vm.runPatterns();

        LabRun shown = vm.shownProperty().get();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(shown.settings()).contains("10 invoice tasks, seed 7", "model swift-mini");
        assertThat(shown.rows()).containsExactly("sequential", "hierarchical", "iterative", "state_machine", "voting");
        assertThat(shown.value("voting", LabMetric.SUCCESS.key())).isPresent();
        assertThat(vm.runs()).containsExactly(shown);
        assertThat(vm.statusProperty().get()).startsWith("Done: Pattern benchmark: 5 patterns × 10 invoice tasks");

        LabViewModel reopened = new LabViewModel(lab, UiExecutor.direct());
        reopened.load();
        assertThat(reopened.shownProperty().get()).isEqualTo(shown);
    }

    @Test
    void theShownRunIsExportedAsMarkdown() throws Exception {
        vm.tasksProperty().set(5);
        vm.runPatterns();
        Path md = dir.resolve("run.md");

        vm.export(ReportFormat.MARKDOWN, md);

        assertThat(Files.readString(md)).contains("| state_machine |", "success vs truth");
        assertThat(vm.statusProperty().get()).isEqualTo("Wrote " + md);
    }

    @Test
    void aCostComparisonShowsBeforeAfterAndChange() {
        vm.tasksProperty().set(10);
        vm.changeProperty().set("cache=on");

        vm.runCost();

        LabRun shown = vm.shownProperty().get();
        assertThat(shown.rows()).containsExactly("Before", "After", "Change");
        assertThat(shown.title()).isEqualTo("Cost before / after: cache=on on 10 executions");
        vm.changeProperty().set("summary=on");
        vm.runCost();
        assertThat(vm.statusProperty().get()).contains("unknown change 'summary=on'");
        assertThat(vm.runs()).hasSize(1);
    }

    @Test
    void settingsOutsideTheirLimitsAreNamedAndNothingRuns() {
        vm.tasksProperty().set(0);
        vm.runPatterns();
        assertThat(vm.statusProperty().get()).contains("tasks must be in 1..5000");
        assertThat(vm.runs()).isEmpty();
    }

    private static io.breakerboard.model.Execution recorded(String key, int minute, boolean ok) {
        Instant at = Instant.parse("2026-03-02T08:00:00Z").plusSeconds(60L * minute);
        io.breakerboard.model.Step call = io.breakerboard.model.Step.builder(io.breakerboard.model.StepKind.TOOL_CALL)
                .index(0).name("search").at(at).duration(java.time.Duration.ofMillis(200)).input("{}").build();
        io.breakerboard.model.Step end = ok
                ? io.breakerboard.model.Step.builder(io.breakerboard.model.StepKind.TOOL_RESULT).index(1).name("search")
                .at(at.plusMillis(200)).output("found").costMicros(1_000).build()
                : io.breakerboard.model.Step.builder(io.breakerboard.model.StepKind.TOOL_ERROR).index(1).name("search")
                .at(at.plusMillis(200)).failure(io.breakerboard.model.ErrorKind.TOOL_ERROR, "503 Service Unavailable")
                .build();
        return io.breakerboard.model.Execution.builder(key).agent("helpdesk").task("t").startedAt(at)
                .duration(java.time.Duration.ofSeconds(2))
                .outcome(ok ? io.breakerboard.model.Outcome.SUCCESS : io.breakerboard.model.Outcome.FAILURE)
                .errorKind(ok ? null : io.breakerboard.model.ErrorKind.TOOL_ERROR).costMicros(ok ? 1_000 : 0)
                .steps(java.util.List.of(call, end)).build();
    }

    @Test
    void aReplayWithMoreAttemptsShowsTheSavedExecutionUnderItsTable() {
        data.add(java.util.List.of(recorded("ok-1", 0, true), recorded("flaky-1", 1, false)));
        vm.replay().attemptsProperty().set("3");

        vm.runReplay();

        LabRun shown = vm.shownProperty().get();
        assertThat(shown.kind()).isEqualTo(io.breakerboard.lab.LabKind.REPLAY);
        assertThat(shown.value("Replayed", LabMetric.COMPLETED.key()).orElseThrow().value()).isEqualTo(1.0);
        assertThat(shown.value("Recorded", LabMetric.COMPLETED.key()).orElseThrow().value()).isEqualTo(0.5);
        assertThat(vm.items()).extracting(i -> i.list() + " " + i.executionKey()).containsExactly("saved flaky-1");
        assertThat(vm.statusProperty().get()).startsWith("Done: What-if replay of 2 recorded executions: 3 attempts");
    }

    @Test
    void aReplayFaultThatCannotBeReadIsNamedAndNothingRuns() {
        vm.replay().faultProperty().set("tool-gone=search");

        vm.runReplay();

        assertThat(vm.statusProperty().get()).contains("unknown fault 'tool-gone'");
        assertThat(vm.runs()).isEmpty();
    }
}
