package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.testsupport.Executions;
import io.breakerboard.testsupport.TeamPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real PostgreSQL server: the same behaviour as the embedded one, with many writers. */
class PostgresStoreTest {
    @TempDir
    Path dir;

    private Store open(String url) {
        return Store.open(dir, StoreUrl.parse(url), Clock.systemUTC());
    }

    @Test
    void aTeamStoreKeepsWhatTheEmbeddedStoreKeeps() {
        String url = TeamPostgres.newDatabase();
        Execution full = Executions.full("k-full");
        try (Store store = open(url)) {
            assertThat(store.isShared()).isTrue();
            InsertResult first = store.executions().insertNew(List.of(full,
                    Executions.failed("k-failed", "billing", Executions.T0.plusSeconds(5)),
                    Executions.simple("k-ok", "billing", Executions.T0.plusSeconds(9))));
            assertThat(first.inserted()).hasSize(3);
        }
        try (Store again = open(url)) {
            assertThat(again.executions().findByKey("k-full")).contains(full);
            assertThat(again.executions().count()).isEqualTo(3);
            List<Execution> failures = again.executions().find(MetricsFilter.all(), true, 10);
            assertThat(failures).extracting(Execution::key).containsExactly("k-failed", "k-full");
            List<Execution> newest = again.executions().find(MetricsFilter.all(), false, 10);
            assertThat(newest).extracting(Execution::key).containsExactly("k-ok", "k-failed", "k-full");
            assertThat(newest.get(2).stepCount()).isEqualTo(full.steps().size());
            InsertResult repeat = again.executions().insertNew(List.of(full));
            assertThat(repeat.inserted()).isEmpty();
            assertThat(repeat.duplicates()).isEqualTo(1);
        }
    }

    @Test
    void anExecutionThatComesBackWithOtherContentIsReplacedOnceWithItsSteps() {
        try (Store store = open(TeamPostgres.newDatabase())) {
            Execution before = Executions.full("k-grows");
            store.executions().insertNew(List.of(before));
            Execution after = Execution.builder("k-grows").agent("support-bot").startedAt(Executions.T0)
                    .duration(Duration.ofSeconds(9)).outcome(before.outcome()).build();
            InsertResult replaced = store.executions().insertNew(List.of(after));
            assertThat(replaced.updated()).hasSize(1);
            assertThat(replaced.updated().get(0).previous().duration()).isEqualTo(before.duration());
            assertThat(store.executions().insertNew(List.of(after)).duplicates()).isEqualTo(1);
            assertThat(store.executions().findByKey("k-grows")).contains(after);
            assertThat(store.executions().count()).isEqualTo(1);
        }
    }

    @Test
    void scoresAreStoredOnceReadBackAndReplacedWithTheirExecution() {
        try (Store store = open(TeamPostgres.newDatabase())) {
            Execution scored = Executions.scored("k-scored");
            store.executions().insertNew(List.of(scored));
            assertThat(store.executions().insertNew(List.of(scored)).duplicates()).isEqualTo(1);
            assertThat(store.executions().findByKey("k-scored")).contains(scored);
            assertThat(store.executions().find(MetricsFilter.all(), false, 5).get(0).scores()).isEqualTo(scored.scores());

            Execution rescored = scored.withScores(List.of(scored.scores().get(1)));
            assertThat(store.executions().insertNew(List.of(rescored)).updated()).hasSize(1);
            assertThat(store.executions().findByKey("k-scored").orElseThrow().scores())
                    .containsExactly(scored.scores().get(1));
        }
    }

    @Test
    void listsPageNewestFirstOverAFilter() {
        try (Store store = open(TeamPostgres.newDatabase())) {
            List<Execution> batch = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                batch.add(Executions.simple("p-" + i, i % 2 == 0 ? "even" : "odd", Executions.T0.plusSeconds(i / 3)));
            }
            store.executions().insertNew(batch);
            MetricsFilter even = new MetricsFilter(new TimeRange(Executions.T0, Executions.T0.plusSeconds(1_000)),
                    Set.of("even"));
            List<String> scanned = new ArrayList<>();
            store.executions().scan(even, false).forEach(e -> scanned.add(e.key()));
            assertThat(scanned).hasSize(1_500).doesNotHaveDuplicates();
            assertThat(store.executions().find(even, false, 1).get(0).key()).isEqualTo("p-2998");
        }
    }

    @Test
    void aPatternFilterKeepsOnlyTheExecutionsOfThatPattern() {
        try (Store store = open(TeamPostgres.newDatabase())) {
            List<Execution> batch = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                batch.add(Executions.simple("q-" + i, "a", Executions.T0.plusSeconds(i)).toBuilder()
                        .pattern(i % 3 == 0 ? "voting" : i % 3 == 1 ? "sequential" : null).build());
            }
            store.executions().insertNew(batch);

            List<Execution> voting = store.executions().find(new MetricsFilter(TimeRange.ALL, Set.of(),
                    Set.of("voting")), false, 100);

            assertThat(voting).hasSize(10).allMatch(e -> "voting".equals(e.pattern()));
            assertThat(voting.get(0).key()).isEqualTo("q-27");
        }
    }

    @Test
    void threeWritersWithOverlappingBatchesStoreEveryKeyOnce() throws Exception {
        String url = TeamPostgres.newDatabase();
        List<Store> stores = List.of(open(url), open(url), open(url));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CyclicBarrier together = new CyclicBarrier(3);
            AtomicInteger replaced = new AtomicInteger();
            List<CompletableFuture<Integer>> inserted = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                inserted.add(CompletableFuture.supplyAsync(() -> {
                    int n = 0;
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    // Writer w stores keys 1000w .. 1000w + 1999 in batches of 250: every key by two writers.
                    for (int from = 1_000 * writer; from < 1_000 * writer + 2_000; from += 250) {
                        List<Execution> batch = new ArrayList<>();
                        for (int k = from; k < from + 250; k++) {
                            batch.add(Executions.simple("w-" + (k % 3_000), "a", Executions.T0.plusMillis(k)));
                        }
                        InsertResult r = stores.get(writer).executions().insertNew(batch);
                        n += r.inserted().size();
                        replaced.addAndGet(r.updated().size());
                    }
                    return n;
                }, threads));
            }
            int total = 0;
            for (CompletableFuture<Integer> f : inserted) {
                total += f.get();
            }
            assertThat(stores.get(0).executions().count()).isEqualTo(3_000);
            assertThat(total).isEqualTo(3_000);
            assertThat(replaced).hasValue(1_000);
            Set<String> keys = new HashSet<>();
            stores.get(1).executions().forEach(e -> keys.add(e.key()));
            assertThat(keys).hasSize(3_000);
            // Keys w-0 .. w-999 come from writers 0 and 2 with other start times: one insert and one replacement each.
            assertThat(stores.get(2).shared().latestChange()).isEqualTo(4_000);
        } finally {
            threads.shutdownNow();
            stores.forEach(Store::close);
        }
    }

    @Test
    void theDatabaseRefusesASecondRowForAKeyWhoeverWrites() throws Exception {
        try (Store store = open(TeamPostgres.newDatabase())) {
            store.executions().insertNew(List.of(Executions.simple("k-1", "a", Executions.T0)));
            try (Connection c = store.database().connection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO executions (exec_key, agent, started_at,"
                        + " duration_us, outcome, input_tokens, output_tokens, cost_micros, retries, iterations,"
                        + " tool_calls, tool_failures, imported_at) SELECT exec_key, agent, started_at, 0, outcome, 0,"
                        + " 0, 0, 0, 0, 0, 0, imported_at FROM executions"))
                        .hasMessageContaining("executions_key_unique");
            }
        }
    }

    @Test
    void portableMigrationsAndPostgresVariantsAreAllApplied() throws Exception {
        try (Store store = open(TeamPostgres.newDatabase());
             Connection c = store.database().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, script FROM flyway_schema_history ORDER BY installed_rank")) {
            List<String> scripts = new ArrayList<>();
            while (rs.next()) {
                scripts.add(rs.getString(2));
            }
            assertThat(scripts).contains("db/postgresql/V1__core.sql", "db/migration/V2__engine.sql",
                    "db/postgresql/V7__execution_blocks.sql");
            assertThat(scripts).hasSize(new PostgresMigrations().paths().size());
        }
    }

    @Test
    void onlyOneProcessHoldsTheLeaderLockAndAnotherTakesItWhenTheHolderStops() {
        String url = TeamPostgres.newDatabase();
        try (Store second = open(url)) {
            Store first = open(url);
            LeaderLock firstLock = first.shared().leaderLock("alerts");
            LeaderLock secondLock = second.shared().leaderLock("alerts");
            assertThat(firstLock.tryHold()).isTrue();
            assertThat(secondLock.tryHold()).isFalse();
            assertThat(firstLock.tryHold()).isTrue();
            Instant stopped = Instant.now();
            first.close();
            // The server frees the lock once it has ended the holder's session; the next ask takes it.
            while (!secondLock.tryHold() && Duration.between(stopped, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0) {
                LockSupport.parkNanos(50_000_000);
            }
            assertThat(secondLock.held()).isTrue();
            assertThat(Duration.between(stopped, Instant.now())).isLessThan(Duration.ofSeconds(5));
            secondLock.release();
        }
    }
}
