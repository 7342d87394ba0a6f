package io.breakerboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.testsupport.Executions;
import io.breakerboard.testsupport.TeamPostgres;
import io.breakerboard.testsupport.TestComponents;
import io.breakerboard.testsupport.WaitFor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspaces of several processes on one team store see each other's executions, live and in their metrics. */
class TeamWorkspaceTest {
    @TempDir
    Path dir;

    private LocalWorkspace open(String url, String name) {
        return WorkspaceAssembler.open(StoreLocation.of(dir.resolve(name), url), TestComponents.standard());
    }

    private static List<Execution> batch(String prefix, int n) {
        List<Execution> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(Execution.builder(prefix + i).agent(i % 2 == 0 ? "billing" : "support").startedAt(
                    Executions.T0.plusSeconds(i)).duration(Duration.ofMillis(100 + i)).outcome(
                    i % 10 == 0 ? Outcome.FAILURE : Outcome.SUCCESS).costMicros(1_000 + i).build());
        }
        return batch;
    }

    @Test
    void aDesktopSeesWhatAnotherProcessStoresWithinTwoSeconds() {
        String url = TeamPostgres.newDatabase();
        try (LocalWorkspace desktop = open(url, "desktop"); LocalWorkspace receiver = open(url, "receiver")) {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            desktop.pipeline().addListener((added, version) -> added.forEach(e -> seen.add(e.key())));
            long start = System.nanoTime();
            receiver.pipeline().write(batch("live-", 200));
            WaitFor.condition(() -> seen.size() == 200);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(Duration.ofSeconds(2));
            AgentStats total = desktop.dashboards().snapshot(MetricsFilter.all()).total();
            assertThat(total.executions()).isEqualTo(200);
            assertThat(total.failures()).isEqualTo(20);
            assertThat(desktop.queries().executions(MetricsFilter.all(), false, 1).get(0).key()).isEqualTo("live-199");
        }
    }

    @Test
    void metricsOfEveryProcessEqualWhatTheStoreHoldsAfterOverlappingWritesAndReplacements() {
        String url = TeamPostgres.newDatabase();
        List<Execution> first = batch("k-", 300);
        List<Execution> changed = new ArrayList<>(batch("k-", 300).subList(100, 300));
        // Keys k-100 .. k-149 come back with another cost: replaced once, whoever sees them first.
        for (int i = 0; i < 50; i++) {
            Execution e = changed.get(i);
            changed.set(i, Execution.builder(e.key()).agent(e.agent()).startedAt(e.startedAt()).duration(e.duration())
                    .outcome(e.outcome()).costMicros(e.costMicros() + 1_000_000).build());
        }
        try (LocalWorkspace a = open(url, "a"); LocalWorkspace b = open(url, "b")) {
            a.pipeline().writeAsync(first);
            b.pipeline().write(changed);
            a.pipeline().flush();
            b.pipeline().flush();
            // Which version of k-100 .. k-149 stays depends on which process wrote last; the metrics of both must
            // be those of the rows stored.
            long stored = 0;
            for (Execution e : a.queries().executions(MetricsFilter.all(), false, 1_000)) {
                stored += e.costMicros();
            }
            long cost = stored;
            assertThat(cost).isIn(first.stream().mapToLong(Execution::costMicros).sum(),
                    first.stream().mapToLong(Execution::costMicros).sum() + 50L * 1_000_000);
            WaitFor.condition(() -> a.dashboards().snapshot(MetricsFilter.all()).total().costMicros() == cost
                    && b.dashboards().snapshot(MetricsFilter.all()).total().costMicros() == cost);
            assertThat(a.dashboards().snapshot(MetricsFilter.all()).total().executions()).isEqualTo(300);
            assertThat(b.dashboards().snapshot(MetricsFilter.all()).total()).isEqualTo(a.dashboards().snapshot(MetricsFilter.all()).total());
        }
        // A process started later restores the saved rollups and agrees too.
        try (LocalWorkspace later = open(url, "later")) {
            AgentStats total = later.dashboards().snapshot(MetricsFilter.all()).total();
            assertThat(total.executions()).isEqualTo(300);
            long stored = 0;
            for (Execution e : later.queries().executions(MetricsFilter.all(), false, 1_000)) {
                stored += e.costMicros();
            }
            assertThat(total.costMicros()).isEqualTo(stored);
        }
    }
}
