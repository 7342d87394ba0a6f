package io.breakerboard.pipeline;

import static io.breakerboard.testsupport.Executions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.store.Store;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.Executions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    private static final UnaryOperator<Execution> MASK_TASK = e -> e.toBuilder().task(e.task() == null ? null
            : e.task().replace("sk-secret", "[REDACTED]")).build();
    private static final UnaryOperator<String> MASK_TEXT = s -> s.replace("sk-secret", "[REDACTED]");

    @TempDir
    Path dir;
    private Store store;
    private CountingMetrics metrics;
    private Pipeline pipeline;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.systemUTC());
        metrics = new CountingMetrics();
        pipeline = pipeline(metrics);
    }

    private Pipeline pipeline(CountingMetrics m) {
        return new Pipeline(store.executions(), store.quarantine(), store.rollups(), m, MASK_TASK, MASK_TEXT);
    }

    @AfterEach
    void close() {
        pipeline.close();
        store.close();
    }

    @Test
    void storesRedactedExecutions() {
        Execution e = Execution.builder("k1").agent("a").startedAt(T0).task("use key sk-secret").build();
        pipeline.write(List.of(e));

        assertThat(store.executions().findByKey("k1").orElseThrow().task()).isEqualTo("use key [REDACTED]");
    }

    @Test
    void redactsQuarantinedText() {
        pipeline.quarantine(List.of(new QuarantinedRecord("/a.log", 2, "bad line", "{\"key\":\"sk-secret\"}")));

        assertThat(store.quarantine().find("/a.log", 5)).extracting(QuarantinedRecord::raw)
                .containsExactly("{\"key\":\"[REDACTED]\"}");
    }

    @Test
    void recordsOnlyNewExecutionsIntoMetricsAndCountsDuplicates() {
        assertThat(pipeline.write(List.of(Executions.simple("k1", "a", T0), Executions.simple("k2", "a", T0)))).isZero();
        assertThat(pipeline.write(List.of(Executions.simple("k2", "a", T0), Executions.simple("k3", "b", T0)))).isEqualTo(1);

        assertThat(metrics.recorded()).isEqualTo(3);
        assertThat(metrics.agents()).containsExactly("a", "b");
    }

    @Test
    void tellsListenersWhichWereAddedAndTheNewVersion() {
        List<List<String>> added = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        pipeline.addListener((executions, version) -> {
            added.add(executions.stream().map(e -> e.key()).toList());
            versions.add(version);
        });

        pipeline.write(List.of(Executions.simple("k1", "a", T0), Executions.simple("k2", "a", T0)));
        pipeline.write(List.of(Executions.simple("k1", "a", T0)));

        assertThat(added).containsExactly(List.of("k1", "k2"));
        assertThat(versions).containsExactly(metrics.version());
    }

    @Test
    void writesAsynchronouslyInOrder() {
        var first = pipeline.writeAsync(List.of(Executions.simple("k1", "a", T0)));
        var second = pipeline.writeAsync(List.of(Executions.simple("k1", "a", T0)));

        assertThat(first.join()).isZero();
        assertThat(second.join()).isEqualTo(1);
    }

    @Test
    void aListenerMayWriteWithoutDeadlocking() {
        pipeline.addListener((count, version) -> {
            if (store.executions().findByKey("echo").isEmpty()) {
                pipeline.write(List.of(Executions.simple("echo", "a", T0)));
            }
        });
        pipeline.write(List.of(Executions.simple("k1", "a", T0)));

        assertThat(store.executions().count()).isEqualTo(2);
    }

    @Test
    void flushSavesRollupsThatARestartRestores() {
        pipeline.write(List.of(Executions.simple("k1", "a", T0), Executions.failed("k2", "b", T0)));
        pipeline.flush();

        CountingMetrics fresh = new CountingMetrics();
        MetricsRestorer.Result result = new MetricsRestorer(store.executions(), store.rollups(), fresh).restore();

        assertThat(result).isEqualTo(MetricsRestorer.Result.RESTORED);
        assertThat(fresh.recorded()).isZero();
        assertThat(fresh.agents()).containsExactly("a", "b");
    }

    @Test
    void rollupsThatMissExecutionsAreRebuiltFromTheStore() {
        pipeline.write(List.of(Executions.simple("k1", "a", T0)));
        pipeline.flush();
        pipeline.write(List.of(Executions.simple("k2", "b", T0)));
        // No flush: the process stops before the rollups of k2 are saved.

        CountingMetrics fresh = new CountingMetrics();
        MetricsRestorer.Result result = new MetricsRestorer(store.executions(), store.rollups(), fresh).restore();

        assertThat(result).isEqualTo(MetricsRestorer.Result.REBUILT);
        assertThat(fresh.agents()).containsExactly("a", "b");
        assertThat(fresh.snapshot(io.breakerboard.metrics.MetricsFilter.all()).total().executions()).isEqualTo(2);
        assertThat(store.rollups().checkpoint()).hasValue(2);
    }

    @Test
    void aRestoreForTotalsReadsTheDayTotalsAndStillRebuildsWhatTheRollupsMissed() {
        pipeline.write(List.of(Executions.simple("k1", "a", T0), Executions.failed("k2", "b", T0.plusSeconds(86_400))));
        pipeline.flush();

        CountingMetrics totals = new CountingMetrics();
        assertThat(new MetricsRestorer(store.executions(), store.rollups(), totals).restoreTotals(TimeRange.ALL))
                .isEqualTo(MetricsRestorer.Result.RESTORED);
        assertThat(totals.restored()).as("one total per agent and day").isEqualTo(2);
        assertThat(totals.snapshot(MetricsFilter.all()).total()).isEqualTo(metrics.snapshot(MetricsFilter.all()).total());

        pipeline.write(List.of(Executions.simple("k3", "c", T0)));
        // No flush: the saved rollups miss k3.
        CountingMetrics rebuilt = new CountingMetrics();
        assertThat(new MetricsRestorer(store.executions(), store.rollups(), rebuilt).restoreTotals(TimeRange.ALL))
                .isEqualTo(MetricsRestorer.Result.REBUILT);
        assertThat(rebuilt.agents()).containsExactly("a", "b", "c");
        assertThat(store.rollups().loadTotals(TimeRange.ALL)).extracting(r -> r.agent()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void anEmptyStoreRestoresNothing() {
        assertThat(new MetricsRestorer(store.executions(), store.rollups(), new CountingMetrics()).restore())
                .isEqualTo(MetricsRestorer.Result.EMPTY);
    }
}
