package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.langsmith.LangSmithFormat;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A dump of {@code client.list_runs(...)}: flat runs whose parents state their children's summed usage. */
class LangSmithListRunsTest {

    @Test
    void aListRunsDumpIsDetectedAndItsAggregatedUsageIsCountedOnce() throws Exception {
        assertThat(Parsed.detect(Formats.all(), Parsed.sample("runs.json", Parsed.text("langsmith/list-runs.json"))).id())
                .isEqualTo("langsmith");

        Execution e = Parsed.fixture(new LangSmithFormat(), "langsmith/list-runs.json")
                .execution("langsmith:6a1f0c3e-1111-4c2b-9d1e-000000000001");

        assertThat(e.agent()).isEqualTo("support_bot");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL);
        assertThat(e.inputTokens()).isEqualTo(300);
        assertThat(e.outputTokens()).isEqualTo(40);
        assertThat(e.costMicros()).isEqualTo(900);
        assertThat(e.duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(e.steps().get(1).failed()).isTrue();
        assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(e.task()).isEqualTo("Where is order 42?");
    }
}
