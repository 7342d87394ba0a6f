package io.breakerboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Alert;
import io.breakerboard.model.AlertState;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Severity;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {
    private static final Instant START = Instant.parse("2025-03-10T09:00:00Z");

    private final AnomalyDetector detector = new AnomalyDetector(AnomalySettings.DEFAULTS);

    private static Execution.Builder run(String key) {
        return Execution.builder(key).agent("researcher").startedAt(START).duration(Duration.ofSeconds(12))
                .outcome(Outcome.SUCCESS).costMicros(Money.ofUsd(0.05)).iterations(3);
    }

    private static Step toolCall(String tool, String args) {
        return Step.builder(StepKind.TOOL_CALL).name(tool).input(args).build();
    }

    private static Step failedTool(String tool) {
        return Step.builder(StepKind.TOOL_RESULT).name(tool).failure(ErrorKind.TOOL_ERROR, "exit code 1").build();
    }

    @Test
    void anOrdinaryRunHasNoAnomaly() {
        Execution e = run("ok").addStep(toolCall("search", "{\"q\":\"a\"}"))
                .addStep(toolCall("search", "{\"q\":\"b\"}")).build();

        assertThat(detector.detect(e)).isEmpty();
    }

    @Test
    void moreThanEightIterations() {
        Alert a = detector.detect(run("r-9").iterations(9).build()).get(0);

        assertThat(a.id()).isEqualTo("too-many-iterations/r-9");
        assertThat(a.rule()).isEqualTo(AnomalyDetector.TOO_MANY_ITERATIONS);
        assertThat(a.severity()).isEqualTo(Severity.WARNING);
        assertThat(a.state()).isEqualTo(AlertState.FIRING);
        assertThat(a.subject()).isEqualTo("researcher");
        assertThat(a.executionKeys()).containsExactly("r-9");
        assertThat(a.value()).isEqualTo(9);
        assertThat(a.threshold()).isEqualTo(8);
        assertThat(a.message()).isEqualTo("Execution r-9 of agent 'researcher' ran 9 iterations, more than 8");
        assertThat(detector.detect(run("r-8").iterations(8).build())).isEmpty();
    }

    @Test
    void iterationsUnknownToTheLogAreCountedFromModelCalls() {
        Execution.Builder b = run("calls").iterations(0);
        for (int i = 0; i < 10; i++) {
            b.addStep(Step.builder(StepKind.LLM_CALL).name("gpt-4o").build());
        }

        assertThat(detector.detect(b.build())).extracting(Alert::rule, Alert::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AnomalyDetector.TOO_MANY_ITERATIONS, 10.0));
    }

    @Test
    void costAboveThirtyCents() {
        Alert a = detector.detect(run("pricey").costMicros(Money.ofUsd(0.42)).build()).get(0);

        assertThat(a.rule()).isEqualTo(AnomalyDetector.HIGH_COST);
        assertThat(a.value()).isEqualTo(0.42);
        assertThat(a.unit()).isEqualTo("USD");
        assertThat(a.message()).isEqualTo("Execution pricey of agent 'researcher' cost $0.42, more than $0.30");
        assertThat(detector.detect(run("exact").costMicros(Money.ofUsd(0.30)).build())).isEmpty();
    }

    @Test
    void longerThanSixtySeconds() {
        Alert a = detector.detect(run("slow").duration(Duration.ofMillis(75_500)).build()).get(0);

        assertThat(a.rule()).isEqualTo(AnomalyDetector.TOO_LONG);
        assertThat(a.value()).isEqualTo(75.5);
        assertThat(a.since()).isEqualTo(START);
        assertThat(a.firedAt()).isEqualTo(START.plusMillis(75_500));
        assertThat(a.message()).isEqualTo("Execution slow of agent 'researcher' ran 75.5 s, longer than 60 s");
    }

    @Test
    void moreThanThreeToolFailuresCountedFromTheSteps() {
        Execution.Builder b = run("flaky");
        for (int i = 0; i < 4; i++) {
            b.addStep(toolCall("fetch", "{\"url\":\"u" + i + "\"}")).addStep(failedTool("fetch"));
        }

        Alert a = detector.detect(b.build()).get(0);

        assertThat(a.rule()).isEqualTo(AnomalyDetector.TOOL_FAILURES);
        assertThat(a.value()).isEqualTo(4);
        assertThat(a.message()).isEqualTo("Execution flaky of agent 'researcher' had 4 failed tool calls, more than 3");
    }

    @Test
    void retriesCachedResultsAndOtherCallersAreNotRepeats() {
        Execution.Builder b = run("calm");
        for (int voter = 1; voter <= 5; voter++) {
            b.addStep(Step.builder(StepKind.TOOL_CALL).name("score_fraud").input("{\"id\":\"1\"}")
                    .attributes(java.util.Map.of("actor", "clerk/voter-" + voter, "cached", voter > 1 ? "true" : "false"))
                    .build());
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            b.addStep(Step.builder(StepKind.TOOL_CALL).name("get_pod_logs").input("{\"pod\":\"p\"}")
                    .attributes(java.util.Map.of("actor", "clerk", "attempt", Integer.toString(attempt))).build());
        }
        b.addStep(toolCall("fetch", "{\"u\":\"1\"}")).addStep(failedTool("fetch"))
                .addStep(toolCall("fetch", "{\"u\":\"1\"}")).addStep(failedTool("fetch"))
                .addStep(toolCall("fetch", "{\"u\":\"1\"}"));

        assertThat(detector.detect(b.build())).noneMatch(a -> a.rule().equals(AnomalyDetector.TOOL_LOOP));
    }

    @Test
    void anIterationLimitStatedOnTheExecutionIsItsOwn() {
        Execution.Builder b = run("deep").iterations(12);
        b.addStep(Step.builder(StepKind.AGENT_DONE).name("researcher")
                .attributes(java.util.Map.of(AnomalyDetector.ITERATION_LIMIT, "20")).build());
        assertThat(detector.detect(b.build())).noneMatch(a -> a.rule().equals(AnomalyDetector.TOO_MANY_ITERATIONS));

        Execution over = run("deeper").iterations(21).addStep(Step.builder(StepKind.AGENT_DONE).name("researcher")
                .attributes(java.util.Map.of(AnomalyDetector.ITERATION_LIMIT, "20")).build()).build();
        assertThat(detector.detect(over)).anySatisfy(a -> assertThat(a.message()).endsWith("more than its own limit of 20"));
    }

    @Test
    void aPatternsIterationsAreNotJudgedByOneLoopsLimitWithoutTheAllowanceItStates() {
        // A hierarchical run counts its planner's and specialists' iterations together; a CSV row of it carries the
        // sum but not the allowance the engine states on its steps.
        Execution fromCsv = run("hier").iterations(11).pattern("hierarchical").build();
        assertThat(detector.detect(fromCsv)).noneMatch(a -> a.rule().equals(AnomalyDetector.TOO_MANY_ITERATIONS));

        Execution stated = run("hier-stated").iterations(25).pattern("hierarchical").addStep(Step.builder(StepKind.AGENT_DONE)
                .name("researcher").attributes(java.util.Map.of(AnomalyDetector.ITERATION_LIMIT, "24")).build()).build();
        assertThat(detector.detect(stated)).anySatisfy(a -> assertThat(a.message()).endsWith("more than its own limit of 24"));

        Execution single = run("single").iterations(11).build();
        assertThat(detector.detect(single)).anySatisfy(a -> assertThat(a.rule()).isEqualTo(AnomalyDetector.TOO_MANY_ITERATIONS));
    }

    @Test
    void theSameToolWithTheSameArgumentsThreeTimesInARowIsALoop() {
        Execution e = run("loop")
                .addStep(toolCall("search", "{\"q\":\"news\"}"))
                .addStep(toolCall("search", "{\"q\":\"weather\"}"))
                .addStep(toolCall("search", "{\"q\":\"weather\"}"))
                .addStep(toolCall("search", " {\"q\":\"weather\"}\n"))
                .addStep(toolCall("fetch", "{\"q\":\"weather\"}"))
                .build();

        Alert a = detector.detect(e).get(0);

        assertThat(a.rule()).isEqualTo(AnomalyDetector.TOOL_LOOP);
        assertThat(a.value()).isEqualTo(3);
        assertThat(a.message())
                .isEqualTo("Execution loop of agent 'researcher' called tool 'search' 3 times with the same arguments");
    }

    @Test
    void differentArgumentsAreNotALoop() {
        Execution e = run("varied").addStep(toolCall("search", "a")).addStep(toolCall("search", "b"))
                .addStep(toolCall("search", "c")).addStep(toolCall("search", "a")).build();

        assertThat(detector.detect(e)).isEmpty();
    }

    @Test
    void oneExecutionCanShowSeveralAnomaliesAndThresholdsComeFromTheSettings() {
        AnomalyDetector strict = new AnomalyDetector(AnomalySettings.DEFAULTS.withMaxIterations(2)
                .withMaxDuration(Duration.ofSeconds(10)));

        assertThat(strict.detect(run("both").build())).extracting(Alert::rule)
                .containsExactly(AnomalyDetector.TOO_MANY_ITERATIONS, AnomalyDetector.TOO_LONG);
        assertThat(new AnomalyDetector(AnomalySettings.DEFAULTS.withEnabled(false))
                .detect(run("off").iterations(50).build())).isEmpty();
    }
}
