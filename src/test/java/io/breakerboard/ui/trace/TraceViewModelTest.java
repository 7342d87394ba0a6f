package io.breakerboard.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.testing.ExecutionGenerator;
import io.breakerboard.ui.testing.FakeData;
import io.breakerboard.ui.testing.FakeQueries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceViewModelTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final FakeData data = new FakeData();
    private final TraceViewModel vm = new TraceViewModel(new FakeQueries(data), UiExecutor.direct());
    private final Execution execution = new ExecutionGenerator(5).withSteps("coder", NOW.minusSeconds(60), 12);

    TraceViewModelTest() {
        data.add(List.of(execution));
    }

    @Test
    void loadingShowsEveryStepAndStartsAtTheFirst() {
        vm.load(execution.key());

        assertThat(vm.rows()).hasSize(12);
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(vm.summaryProperty().get()).startsWith("coder · ").endsWith("12 steps");
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void anUnknownKeySaysTheExecutionIsNotThere() {
        vm.load("nope");

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Execution nope is not in the workspace");
    }

    @Test
    void nextAndPreviousStepThroughAndStopAtTheEnds() {
        vm.load(execution.key());

        vm.previous();
        assertThat(vm.indexProperty().get()).isZero();
        vm.next();
        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(2);
        assertThat(vm.frameProperty().get().step()).isEqualTo(execution.steps().get(2));
        vm.last();
        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(11);
        vm.previous();
        assertThat(vm.indexProperty().get()).isEqualTo(10);
    }

    @Test
    void playingStepsForwardOnEachBeatAndStopsAtTheLastStep() {
        vm.load(execution.key());

        vm.play();
        for (int i = 0; i < 20; i++) {
            vm.tick();
        }

        assertThat(vm.indexProperty().get()).isEqualTo(11);
        assertThat(vm.playingProperty().get()).isFalse();
        vm.play();
        assertThat(vm.indexProperty().get()).as("playing from the end starts over").isZero();
    }

    @Test
    void tenThousandStepsLoadAndMoveLikeTen() {
        Execution big = new ExecutionGenerator(6).withSteps("researcher", NOW.minusSeconds(600), 10_000);
        data.add(List.of(big));

        vm.load(big.key());
        vm.select(9_000);

        assertThat(vm.rows()).hasSize(10_000);
        assertThat(vm.frameProperty().get().index()).isEqualTo(9_000);
        assertThat(vm.frameProperty().get().memory()).isNotNull();
    }

    @Test
    void anExecutionWithoutStepsStillShowsWhatTheStoreKnowsOfIt() {
        Execution noSteps = Execution.builder("csv-7").agent("reconciler").task("match the March invoices")
                .startedAt(NOW.minusSeconds(30)).duration(java.time.Duration.ofSeconds(4))
                .outcome(io.breakerboard.model.Outcome.FAILURE).errorKind(io.breakerboard.model.ErrorKind.TIMEOUT)
                .errorMessage("ledger API did not answer in 30 s").model("atlas-pro").inputTokens(1200).outputTokens(300)
                .costMicros(42_000).retries(2).userId("u-17").sessionId("s-9").source("/logs/runs.csv").format("csv").build();
        data.add(List.of(noSteps));

        vm.load("csv-7");

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.facts()).extracting(TraceViewModel.Fact::name, TraceViewModel.Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("Task", "match the March invoices"),
                org.assertj.core.groups.Tuple.tuple("Model", "atlas-pro"),
                org.assertj.core.groups.Tuple.tuple("Error", "TIMEOUT: ledger API did not answer in 30 s"),
                org.assertj.core.groups.Tuple.tuple("Tokens", "1,200 in · 300 out"),
                org.assertj.core.groups.Tuple.tuple("Retries", "2"),
                org.assertj.core.groups.Tuple.tuple("User", "u-17"),
                org.assertj.core.groups.Tuple.tuple("Session", "s-9"));
    }
}
