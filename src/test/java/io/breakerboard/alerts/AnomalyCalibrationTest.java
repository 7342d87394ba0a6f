package io.breakerboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.demo.SampleLogGenerator;
import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.ListSink;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.Workload;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.CanonicalJsonlFormat;
import io.breakerboard.model.Alert;
import io.breakerboard.model.Execution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the default settings, anomalies are rare on ordinary traffic, and each one flags a run worth a look. */
class AnomalyCalibrationTest {
    private final AnomalyDetector detector = new AnomalyDetector(AnomalySettings.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void fewerThanFivePercentOfTheDemoExecutionsAreFlagged() throws Exception {
        // The demo fleet's distinct executions, more of them than the committed canonical file holds.
        Path file = SampleLogGenerator.writeCanonical(dir.resolve("demo.jsonl"), 2_000, SampleLogGenerator.DEFAULT_SEED);
        List<Execution> demo = new ArrayList<>();
        new CanonicalJsonlFormat().parse(LogSource.of(file, () -> false), new ParseSink() {
            @Override
            public void execution(Execution e) {
                demo.add(e);
            }

            @Override
            public void reject(long line, String reason, String raw) {
            }
        });
        assertThat(demo).hasSize(2_000);
        assertRare(demo);
    }

    @Test
    void fewerThanFivePercentOfANormalEngineRunAreFlagged() throws Exception {
        ListSink sink = new ListSink();
        try (Engine engine = Engine.builder(EngineFixtures.clock(), sink, new TestRedactor()).build()) {
            engine.start(Workload.defaults(3).withRate(60, 8).withArrivals(600L)).result().get(3, TimeUnit.MINUTES);
        }
        List<Execution> runs = sink.executions();
        assertThat(runs).hasSize(600);
        assertRare(runs);
        List<Execution> voting = runs.stream().filter(e -> "voting".equals(e.steps().get(0).attributes().get("pattern")))
                .toList();
        assertThat(voting).isNotEmpty().noneMatch(e -> detector.detect(e).stream()
                .anyMatch(a -> a.rule().equals(AnomalyDetector.TOOL_LOOP)));
    }

    private void assertRare(List<Execution> executions) {
        Map<String, Integer> byRule = new TreeMap<>();
        long flagged = 0;
        for (Execution e : executions) {
            List<Alert> found = detector.detect(e);
            found.forEach(a -> byRule.merge(a.rule(), 1, Integer::sum));
            flagged += found.isEmpty() ? 0 : 1;
        }
        assertThat((double) flagged / executions.size()).as("share flagged of %d; by rule %s", executions.size(), byRule)
                .isLessThan(0.05);
    }
}
