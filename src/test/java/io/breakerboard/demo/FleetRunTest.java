package io.breakerboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The demo fleet as the engine runs it: priced by the engine's tables, and the same run when moved in time. */
class FleetRunTest {
    private static final int COUNT = 300;

    private static List<Execution> run(long seed, Duration shift) {
        return new FleetRun(seed, shift).run(COUNT, n -> String.format(Locale.ROOT, "t-%04d", n));
    }

    @Test
    void everyStepIsPricedByTheEnginesTables() {
        PriceTable prices = PriceTable.defaults();
        ToolCatalog tools = ToolCatalog.standard();
        Set<String> paidTools = new TreeSet<>();
        int modelCalls = 0;
        for (Execution e : run(7, Duration.ZERO)) {
            for (Step s : e.steps()) {
                if (s.kind() == StepKind.LLM_CALL) {
                    modelCalls++;
                    assertThat(s.costMicros()).as(e.key() + " " + s.name())
                            .isEqualTo(prices.cost(s.name(), s.inputTokens(), s.outputTokens()));
                } else if (s.kind() == StepKind.TOOL_CALL && s.costMicros() > 0) {
                    // Billed when answered; a failed attempt or a cache hit costs nothing.
                    assertThat(s.costMicros()).as(e.key() + " " + s.name())
                            .isEqualTo(tools.get(s.name()).spec().price().perCallMicros());
                    paidTools.add(s.name());
                }
            }
            assertThat(e.costMicros()).isEqualTo(e.steps().stream().mapToLong(Step::costMicros).sum());
        }
        assertThat(modelCalls).isGreaterThan(COUNT);
        assertThat(paidTools).contains("extract_invoice_fields", "score_fraud");
    }

    @Test
    void aMovedRunIsTheSameRunLater() {
        Duration by = Duration.ofDays(800).plusSeconds(17);
        List<Execution> original = run(11, Duration.ZERO);
        List<Execution> moved = run(11, by);

        assertThat(moved).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            Execution a = original.get(i);
            Execution b = moved.get(i);
            assertThat(b.key()).isEqualTo(a.key());
            assertThat(b.startedAt()).isEqualTo(a.startedAt().plus(by));
            assertThat(b.toBuilder().startedAt(a.startedAt()).steps(List.of()).scores(List.of()).build())
                    .isEqualTo(a.toBuilder().steps(List.of()).scores(List.of()).build());
            assertThat(b.steps()).extracting(Step::output).isEqualTo(a.steps().stream().map(Step::output).toList());
        }
    }

    @Test
    void anotherSeedRunsOtherExecutions() {
        assertThat(run(1, Duration.ZERO).stream().map(Execution::task).toList())
                .isNotEqualTo(run(2, Duration.ZERO).stream().map(Execution::task).toList());
    }
}
