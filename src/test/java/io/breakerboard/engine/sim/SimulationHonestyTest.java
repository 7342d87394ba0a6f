package io.breakerboard.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.ListSink;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.Workload;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.ToolFeeView;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The simulation does not manufacture its own results: the cache changes costs, never answers. */
class SimulationHonestyTest {
    private static final long SEED = 12;
    private static final long ARRIVALS = 400;

    @Test
    void sreSuccessIsTheSameWithAndWithoutTheResultCache() throws Exception {
        List<Execution> cached = sreRun(true);
        List<Execution> uncached = sreRun(false);
        double with = successRate(cached);
        double without = successRate(uncached);
        assertThat(with).as("SRE success with the cache, %.3f without", without).isCloseTo(without,
                org.assertj.core.data.Offset.offset(0.03));
        assertThat(with).isGreaterThan(0.85);
    }

    @Test
    void everyExecutionThatFallsShortSaysWhyWithAKnownErrorKind() throws Exception {
        List<Execution> all = sreRun(true);
        assertThat(all).filteredOn(e -> !e.succeeded()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.errorKind()).as(e.key()).isNotNull().isNotEqualTo(ErrorKind.UNKNOWN);
            assertThat(e.errorMessage()).as(e.key()).isNotBlank().isNotEqualTo("no conclusion reached");
        });
    }

    @Test
    void pricedToolsAreBilledOnTheirStepsAndCacheHitsShowTheSaving() throws Exception {
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(EngineFixtures.clock(), sink, new TestRedactor()).build()) {
            engine.start(workload(Map.of("invoice-clerk", 1, "payments-controller", 1), Map.of(PatternKind.VOTING, 1))
                    .withArrivals(40L)).result().get(2, TimeUnit.MINUTES);
            Execution e = sink.executions().get(0);
            Step billed = e.steps().stream().filter(s -> s.kind() == StepKind.TOOL_CALL && s.costMicros() > 0)
                    .findFirst().orElseThrow();
            assertThat(billed.name()).isEqualTo("score_fraud");
            assertThat(billed.costMicros()).isEqualTo(10_000);
            assertThat(billed.attributes()).containsEntry("api", "fraud-scoring");
            assertThat(e.steps()).anyMatch(s -> "10000".equals(s.attributes().get("saved_micros")));
            long modelCost = e.steps().stream().filter(s -> s.kind() == StepKind.LLM_CALL).mapToLong(Step::costMicros).sum();
            assertThat(e.costMicros()).isGreaterThan(modelCost);
            ToolFeeView fraud = engine.reliability().toolFees().stream().filter(f -> f.api().equals("fraud-scoring"))
                    .findFirst().orElseThrow();
            assertThat(fraud.costMicros()).isEqualTo(fraud.calls() * 10_000).isPositive();
            assertThat(fraud.savedMicros()).isEqualTo(fraud.cacheHits() * 10_000).isGreaterThan(fraud.costMicros());
            assertThat(engine.reliability().cache().savedMicros()).isGreaterThanOrEqualTo(fraud.savedMicros());
        }
    }

    private static List<Execution> sreRun(boolean cache) throws Exception {
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(EngineFixtures.clock(), sink, new TestRedactor()).cacheEnabled(cache).build()) {
            engine.start(workload(Map.of(AgentCatalog.all().get(0).name(), 1, AgentCatalog.all().get(1).name(), 1),
                    Map.of(PatternKind.HIERARCHICAL, 1, PatternKind.ITERATIVE, 1)).withArrivals(ARRIVALS))
                    .result().get(3, TimeUnit.MINUTES);
        }
        return sink.executions();
    }

    private static Workload workload(Map<String, Integer> agents, Map<PatternKind, Integer> patterns) {
        return Workload.defaults(SEED).withRate(60, 8).withPatterns(patterns).withAgents(agents);
    }

    private static double successRate(List<Execution> es) {
        return es.stream().filter(Execution::succeeded).count() / (double) es.size();
    }
}
