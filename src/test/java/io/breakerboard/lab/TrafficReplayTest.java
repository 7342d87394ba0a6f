package io.breakerboard.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.engine.workload.ExecutionRunner;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrafficReplayTest {
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private static final TrafficReplay REPLAY = new TrafficReplay(Clock.fixed(T, ZoneOffset.UTC));
    private static List<Execution> engine;

    /** 60 executions recorded by the engine on a seed: SRE triage and invoice clerks, one after another. */
    @BeforeAll
    static void recordEngineTraffic() {
        EngineRuntime rt = LabEngine.builder().runtime();
        ExecutionRunner runner = new ExecutionRunner(rt);
        engine = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String agent = i % 2 == 0 ? "sre-triage" : "invoice-clerk";
            Domain domain = i % 2 == 0 ? Domain.SRE : Domain.FINANCE;
            engine.add(runner.run(new ExecutionSpec("rec-" + i, AgentCatalog.get(agent), agent + "-1",
                    i % 2 == 0 ? "iterative" : "sequential",
                    TaskCatalog.generate(domain, Seeds.mix(7, "task-" + i)), Seeds.mix(7, "exec-" + i), "u-1",
                    "s-" + i)));
        }
    }

    private static TrafficReplay.Outcome replay(List<Execution> traffic, ReplayScenario s) {
        return REPLAY.replay(traffic, s, n -> { }, () -> false);
    }

    private static Set<String> keys(List<ReplayedExecution> rs, java.util.function.Predicate<ReplayedExecution> p) {
        return rs.stream().filter(p).map(r -> r.recorded().key()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void engineTrafficReplayedWithNoChangeReproducesEveryOutcomeCostAndDuration() {
        TrafficReplay.Outcome o = replay(engine, ReplayScenario.asRecorded(1));

        assertThat(o.notReplayable()).isEmpty();
        assertThat(o.results()).hasSize(60);
        assertThat(engine.stream().filter(e -> !e.outcome().isSuccess()).count()).as("the recording has failures")
                .isPositive();
        for (ReplayedExecution r : o.results()) {
            assertThat(r.outcome()).as(r.recorded().key()).isEqualTo(r.recorded().outcome());
            assertThat(r.costMicros()).as(r.recorded().key()).isEqualTo(r.recorded().costMicros());
            assertThat(r.duration()).as(r.recorded().key()).isEqualTo(r.recorded().duration());
        }
        assertThat(o.breakerOpenings()).isZero();
        LabRun run = REPLAY.run(engine, ReplayScenario.asRecorded(1), n -> { }, () -> false);
        for (LabMetric m : List.of(LabMetric.COMPLETED, LabMetric.TOTAL_COST, LabMetric.P95_LATENCY)) {
            assertThat(run.value("Change", m.key()).orElseThrow().value()).as(m.key()).isZero();
        }
        assertThat(run.value("Replayed", LabMetric.SAVED.key()).orElseThrow().value()).isZero();
        assertThat(run.value("Replayed", LabMetric.LOST.key()).orElseThrow().value()).isZero();
        assertThat(run.items()).isEmpty();
    }

    @Test
    void aToolDownLosesExactlyTheSuccessfulExecutionsThatGotAnAnswerFromItWithoutAFallback() {
        Set<String> expected = engine.stream().filter(e -> e.outcome().isSuccess() && answeredLive(e, "score_fraud"))
                .map(Execution::key).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(expected).hasSizeGreaterThan(3);

        TrafficReplay.Outcome o = replay(engine, ReplayScenario.asRecorded(1)
                .withFault(new ReplayFault(FaultKind.TOOL_DOWN, "score_fraud", 100)));

        assertThat(keys(o.results(), ReplayedExecution::lost)).isEqualTo(expected);
        assertThat(keys(o.results(), ReplayedExecution::saved)).isEmpty();
        o.results().stream().filter(ReplayedExecution::lost).forEach(r ->
                assertThat(r.detail()).startsWith("tool score_fraud failed"));
    }

    @Test
    void aToolDownWithARecordedAlternativeLosesNothing() {
        assertThat(engine.stream().filter(e -> e.outcome().isSuccess() && answeredLive(e, "get_pod_logs")).count())
                .as("successful executions called get_pod_logs").isPositive();

        TrafficReplay.Outcome o = replay(engine, ReplayScenario.asRecorded(1)
                .withFault(new ReplayFault(FaultKind.TOOL_DOWN, "get_pod_logs", 100)));

        // describe_pod stands in for get_pod_logs (the engine's catalog alternative), answered as it was recorded.
        assertThat(keys(o.results(), ReplayedExecution::lost)).isEmpty();
    }

    private static boolean answeredLive(Execution e, String tool) {
        return e.steps().stream().anyMatch(s -> s.kind() == StepKind.TOOL_RESULT && tool.equals(s.name())
                && !s.attributes().containsKey("cached") && !s.attributes().containsKey("fallback"));
    }

    // Imported traffic: one attempt per call, a tool's call and its result or error as two steps, no attempt numbers.

    private static Step llm(int i, long cost) {
        return Step.builder(StepKind.LLM_CALL).index(i).name("gpt-4o").at(T.plusSeconds(i)).duration(Duration.ofMillis(800))
                .inputTokens(500).outputTokens(100).costMicros(cost).build();
    }

    private static Step call(int i, String tool) {
        return Step.builder(StepKind.TOOL_CALL).index(i).name(tool).at(T.plusSeconds(i)).duration(Duration.ofMillis(300))
                .input("{\"q\":\"" + i + "\"}").build();
    }

    private static Step result(int i, String tool, long cost) {
        return Step.builder(StepKind.TOOL_RESULT).index(i).name(tool).at(T.plusSeconds(i).plusMillis(300))
                .output("ok").costMicros(cost).build();
    }

    private static Step error(int i, String tool, ErrorKind kind, String message) {
        return Step.builder(StepKind.TOOL_ERROR).index(i).name(tool).at(T.plusSeconds(i).plusMillis(300))
                .failure(kind, message).build();
    }

    private static Execution imported(String key, int minute, Outcome outcome, ErrorKind kind, long cost, Step... steps) {
        return Execution.builder(key).agent("support-bot").task("ticket").startedAt(T.plusSeconds(60L * minute))
                .duration(Duration.ofSeconds(10)).outcome(outcome).errorKind(kind).model("gpt-4o").costMicros(cost)
                .steps(shifted(minute, steps)).build();
    }

    private static List<Step> shifted(int minute, Step... steps) {
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(new Step(s.index(), s.kind(), s.name(), s.at() == null ? null : s.at().plusSeconds(60L * minute),
                    s.duration(), s.failed(), s.errorKind(), s.input(), s.output(), s.inputTokens(), s.outputTokens(),
                    s.costMicros(), s.attributes()));
        }
        return out;
    }

    private static List<Execution> importedTraffic() {
        return List.of(
                imported("ok-search", 0, Outcome.SUCCESS, null, 3_000, llm(0, 2_000), call(1, "search"),
                        result(2, "search", 1_000)),
                imported("ok-lookup", 1, Outcome.SUCCESS, null, 2_500, llm(0, 2_000), call(1, "lookup"),
                        result(2, "lookup", 500)),
                imported("503-once", 2, Outcome.FAILURE, ErrorKind.TOOL_ERROR, 2_000, llm(0, 2_000),
                        call(1, "search"), error(2, "search", ErrorKind.TOOL_ERROR, "search: 503 Service Unavailable")),
                imported("timeout-once", 3, Outcome.FAILURE, ErrorKind.TIMEOUT, 2_000, llm(0, 2_000),
                        call(1, "lookup"), error(2, "lookup", ErrorKind.TIMEOUT, "lookup timed out after 5 s")),
                imported("not-found", 4, Outcome.FAILURE, ErrorKind.TOOL_ERROR, 2_000, llm(0, 2_000),
                        call(1, "search"), error(2, "search", ErrorKind.TOOL_ERROR, "search: 404 no such index")),
                Execution.builder("totals-only").agent("support-bot").task("ticket").startedAt(T.plusSeconds(300))
                        .duration(Duration.ofSeconds(4)).outcome(Outcome.SUCCESS).costMicros(1_000).build(),
                imported("thinking-only", 6, Outcome.SUCCESS, null, 0,
                        Step.builder(StepKind.REASONING).index(0).at(T).output("hmm").build()));
    }

    @Test
    void importedTrafficWithNoChangeEndsAsRecorded() {
        TrafficReplay.Outcome o = replay(importedTraffic(), ReplayScenario.asRecorded(3));

        assertThat(o.results()).extracting(r -> r.recorded().key() + "=" + r.outcome() + "/" + r.costMicros())
                .containsExactly("ok-search=SUCCESS/3000", "ok-lookup=SUCCESS/2500", "503-once=FAILURE/2000",
                        "timeout-once=FAILURE/2000", "not-found=FAILURE/2000");
    }

    @Test
    void moreRetriesSaveTheExecutionsThatFailedOnATransientErrorRecordedOnce() {
        TrafficReplay.Outcome o = replay(importedTraffic(), ReplayScenario.asRecorded(3).withAttempts(3));

        assertThat(keys(o.results(), ReplayedExecution::saved)).containsExactly("503-once", "timeout-once");
        assertThat(keys(o.results(), ReplayedExecution::lost)).isEmpty();
        // The retry is answered like the tool's recorded success, and billed like it.
        assertThat(o.results()).extracting(r -> r.recorded().key() + "=" + r.costMicros())
                .contains("503-once=3000", "timeout-once=2500", "not-found=2000");
        LabRun run = REPLAY.run(importedTraffic(), ReplayScenario.asRecorded(3).withAttempts(3), n -> { }, () -> false);
        assertThat(run.value("Recorded", LabMetric.COMPLETED.key()).orElseThrow().value()).isEqualTo(0.4);
        assertThat(run.value("Replayed", LabMetric.COMPLETED.key()).orElseThrow().value()).isEqualTo(0.8);
        assertThat(run.value("Replayed", LabMetric.SAVED.key()).orElseThrow().value()).isEqualTo(2);
        assertThat(run.value("support-bot · Replayed", LabMetric.SAVED.key()).orElseThrow().value()).isEqualTo(2);
        assertThat(run.items(LabItem.SAVED)).extracting(LabItem::executionKey)
                .containsExactly("503-once", "timeout-once");
    }

    @Test
    void stepLessExecutionsAreListedAsNotReplayableWithTheReason() {
        LabRun run = REPLAY.run(importedTraffic(), ReplayScenario.asRecorded(3), n -> { }, () -> false);

        assertThat(run.items(LabItem.NOT_REPLAYABLE)).extracting(i -> i.executionKey() + ": " + i.detail())
                .containsExactly("totals-only: no recorded steps: the log gave only the execution's totals",
                        "thinking-only: none of its 1 steps is a model or tool call");
        assertThat(run.value("Recorded", LabMetric.EXECUTIONS.key()).orElseThrow().value()).isEqualTo(5);
        assertThat(run.title()).contains("(2 not replayable)");
    }

    @Test
    void aBudgetBelowAnExecutionsRecordedSpendLosesItAtTheCallItCannotCover() {
        TrafficReplay.Outcome o = replay(importedTraffic(), ReplayScenario.asRecorded(3).withBudget(2_500L));

        // ok-search spent $0.0030 (model $0.0020, then search $0.0010); ok-lookup exactly $0.0025.
        assertThat(keys(o.results(), ReplayedExecution::lost)).containsExactly("ok-search");
        ReplayedExecution lost = o.results().get(0);
        assertThat(lost.errorKind()).isEqualTo(ErrorKind.BUDGET_EXCEEDED);
        assertThat(lost.costMicros()).isEqualTo(2_000);
        assertThat(lost.detail()).startsWith("tool search failed: the execution's budget cannot cover this call");
    }

    @Test
    void withTheCacheOnARepeatedQueryIsServedFreshOrStandsInStaleForAFailedCall() {
        TrafficReplay.Outcome o = replay(importedTraffic(), ReplayScenario.asRecorded(3).withCache(true));

        assertThat(keys(o.results(), ReplayedExecution::saved)).containsExactly("503-once", "not-found", "timeout-once");
        // 119.7 s after the same query was answered: fresh (2 min), so no call is made and nothing is billed.
        assertThat(o.results()).filteredOn(r -> r.recorded().key().equals("503-once")).singleElement()
                .satisfies(r -> {
                    assertThat(r.detail()).startsWith("tool search answered by cache (recorded TOOL_ERROR)");
                    assertThat(r.costMicros()).isEqualTo(2_000);
                });
        // 239.7 s after: stale, so the call is made, fails as recorded, and the stale result stands in.
        assertThat(o.results()).filteredOn(r -> r.recorded().key().equals("not-found")).singleElement()
                .satisfies(r -> assertThat(r.detail())
                        .startsWith("tool search answered by cached result from 2026-03-02T10:00:01.300Z"));
    }

    @Test
    void theCsvOfAReplayListsItsExecutionsAfterTheTableAndTheMarkdownUnderIt() throws java.io.IOException {
        LabRun run = REPLAY.run(importedTraffic(), ReplayScenario.asRecorded(3).withAttempts(3), n -> { }, () -> false);
        java.io.StringWriter csv = new java.io.StringWriter();

        new LabCsv(java.util.function.UnaryOperator.identity()).write(run, csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("run_id,tool,seed,row,metric,unit,value,low_95,high_95");
        assertThat(lines).contains("", "run_id,list,execution_key,agent,detail");
        assertThat(lines).anyMatch(l -> l.endsWith(",saved,503-once,support-bot,tool search answered (recorded "
                + "TOOL_ERROR); its steps after that were not recorded"));
        assertThat(lines).anyMatch(l -> l.contains(",not replayable,totals-only,support-bot,"));
        assertThat(LabTables.markdown(run)).contains("## Saved (2)", "- `503-once` (support-bot): tool search answered",
                "## Not replayable (2)");
    }
}
