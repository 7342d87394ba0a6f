package io.breakerboard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.time.VirtualClock;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
    @Test
    void runsAnHourOfTraffic() throws Exception {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(clock, sink, new TestRedactor()).build()) {
            long t0 = System.nanoTime();
            EngineStats s = engine.start(Workload.defaults(7).withRate(Double.parseDouble(System.getProperty("rate","120")), Integer.getInteger("conc",16)).withDuration(Duration.ofHours(Long.getLong("hours",1L))))
                    .result().get();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("wall ms " + ms + " stats " + s);
            Map<Outcome, Long> by = sink.executions().stream().collect(Collectors.groupingBy(Execution::outcome, Collectors.counting()));
            System.out.println(by);
            System.out.println(sink.executions().stream().filter(e -> e.errorKind() != null)
                    .collect(Collectors.groupingBy(e -> e.errorKind(), Collectors.counting())));
            Execution e = sink.executions().get(5);
            e.steps().forEach(st -> System.out.println(st.index() + " " + st.kind() + " " + st.name() + " " + st.at() + " " + st.duration().toMillis() + "ms " + (st.failed() ? st.errorKind() : "") + " | " + st.output() + " " + st.attributes()));
            System.out.println(engine.reliability());
            assertThat(s.completed()).isGreaterThan(0);
        }
    }
}
