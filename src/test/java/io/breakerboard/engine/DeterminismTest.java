package io.breakerboard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.model.Execution;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static List<Execution> run(long seed) throws Exception {
        VirtualClock clock = EngineFixtures.clock();
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(clock, sink, new TestRedactor()).build()) {
            engine.start(Workload.defaults(seed).withRate(20, 6).withDuration(Duration.ofMinutes(30)))
                    .result().get(2, TimeUnit.MINUTES);
        }
        return sink.executions().stream().sorted(Comparator.comparing(Execution::key)).toList();
    }

    @Test
    void theSameSeedGivesIdenticalExecutions() throws Exception {
        List<Execution> a = run(42);
        List<Execution> b = run(42);
        assertThat(a).hasSizeGreaterThan(300);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void anotherSeedGivesOtherExecutions() throws Exception {
        List<Execution> a = run(42);
        List<Execution> c = run(43);
        assertThat(c).isNotEqualTo(a);
    }
}
