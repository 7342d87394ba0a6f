package io.breakerboard.engine.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.ListSink;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.Workload;
import io.breakerboard.engine.orchestration.PatternKind;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A recalled incident that points at the settling check shortens the investigation, measurably. */
class MemoryBenefitTest {

    @Test
    void aRelevantRecallSavesIterationsAndTheRecallRateIsShown() throws Exception {
        EngineStats s;
        try (Engine engine = Engine.builder(EngineFixtures.clock(), new ListSink(), new TestRedactor()).build()) {
            s = engine.start(Workload.defaults(31).withRate(30, 4)
                    .withPatterns(Map.of(PatternKind.ITERATIVE, 1, PatternKind.HIERARCHICAL, 1))
                    .withAgents(Map.of("sre-triage", 1, "sre-investigator", 1)).withArrivals(300L))
                    .result().get(3, TimeUnit.MINUTES);
        }
        EngineStats.MemoryBenefit m = s.memory();
        assertThat(m.investigations()).isEqualTo(s.completed());
        assertThat(m.recallRate()).as("share of investigations steered by a recalled incident").isGreaterThan(0.5);
        assertThat((double) m.relevant() / m.hinted()).as("share of recalls that pointed the right way").isGreaterThan(0.5);
        assertThat(m.iterationsSaved()).as("iterations with a relevant recall %.2f, without any %.2f",
                m.iterationsRelevant(), m.iterationsUnhinted()).isGreaterThan(1.0);
    }
}
