package io.breakerboard.store;

import static io.breakerboard.testsupport.Executions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.breakerboard.testsupport.Executions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionRepositoryTest {
    @TempDir
    java.nio.file.Path dir;
    private Store store;
    private ExecutionRepository repo;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        repo = (ExecutionRepository) store.executions();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anExecutionWithStepsComesBackAsItWasStored() {
        Execution original = Executions.full("trace-1");
        InsertResult result = repo.insertNew(List.of(original));

        assertThat(result.inserted()).containsExactly(original);
        assertThat(repo.findByKey("trace-1")).contains(original);
        assertThat(repo.findByKey("trace-1").orElseThrow().steps().get(1).attributes().keySet())
                .containsExactly("zeta", "alpha");
    }

    @Test
    void aPatternFilterKeepsOnlyTheExecutionsOfThatPattern() {
        List<Execution> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(Executions.simple("q-" + i, "a", T0.plusSeconds(i)).toBuilder()
                    .pattern(i % 3 == 0 ? "voting" : i % 3 == 1 ? "sequential" : null).build());
        }
        repo.insertNew(batch);

        List<Execution> voting = repo.find(new MetricsFilter(TimeRange.ALL, Set.of(), Set.of("voting")), false, 100);

        assertThat(voting).hasSize(10).allMatch(e -> "voting".equals(e.pattern()));
        assertThat(voting.get(0).key()).isEqualTo("q-27");
    }

    @Test
    void survivesReopening() {
        repo.insertNew(List.of(Executions.full("trace-1")));
        store.close();
        store = Store.open(dir, Clock.systemUTC());

        assertThat(store.executions().findByKey("trace-1")).contains(Executions.full("trace-1"));
        assertThat(store.executions().count()).isEqualTo(1);
    }

    @Test
    void skipsKeysRepeatedInsideABatchKeepingTheFirst() {
        Execution first = Executions.simple("k1", "a", T0);
        Execution again = Executions.failed("k1", "b", T0);
        InsertResult result = repo.insertNew(List.of(first, again, Executions.simple("k2", "a", T0)));

        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.inserted()).extracting(Execution::key).containsExactly("k1", "k2");
        assertThat(repo.findByKey("k1").orElseThrow().agent()).isEqualTo("a");
    }

    @Test
    void skipsKeysStoredBefore() {
        repo.insertNew(List.of(Executions.simple("k1", "a", T0), Executions.simple("k2", "a", T0)));
        InsertResult again = repo.insertNew(List.of(Executions.simple("k2", "a", T0), Executions.simple("k3", "a", T0)));

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.inserted()).extracting(Execution::key).containsExactly("k3");
        assertThat(repo.count()).isEqualTo(3);
        assertThat(new ExecutionRepository(store.database().dataSource(), Clock.systemUTC()).count()).isEqualTo(3);
    }

    @Test
    void keysWhoseHashesCollideAreStillToldApart() {
        ExecutionRepository colliding = new ExecutionRepository(store.database().dataSource(), Clock.systemUTC(), k -> 42);
        InsertResult first = colliding.insertNew(List.of(Executions.simple("k1", "a", T0), Executions.simple("k2", "b", T0)));
        InsertResult second = colliding.insertNew(List.of(Executions.simple("k2", "b", T0), Executions.simple("k3", "c", T0),
                Executions.simple("k1", "a", T0)));

        assertThat(first.inserted()).extracting(Execution::key).containsExactly("k1", "k2");
        assertThat(second.inserted()).extracting(Execution::key).containsExactly("k3");
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(colliding.findByKey("k2").orElseThrow().agent()).isEqualTo("b");
        assertThat(colliding.findByKey("k3").orElseThrow().agent()).isEqualTo("c");
        assertThat(colliding.findByKey("k4")).isEmpty();
        ExecutionRepository reopened = new ExecutionRepository(store.database().dataSource(), Clock.systemUTC(), k -> 42);
        assertThat(reopened.insertNew(List.of(Executions.simple("k3", "c", T0))).duplicates()).isEqualTo(1);
        assertThat(reopened.findByKey("k1").orElseThrow().agent()).isEqualTo("a");
    }

    @Test
    void executionsStoredWithoutHashesAreHashedOnFirstUse() throws Exception {
        repo.insertNew(List.of(Executions.simple("k1", "a", T0), Executions.simple("k2", "a", T0)));
        repo.insertNew(List.of(Executions.simple("k3", "a", T0)));
        try (var c = store.database().connection(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM execution_key_hashes");
        }

        ExecutionRepository later = new ExecutionRepository(store.database().dataSource(), Clock.systemUTC());
        InsertResult again = later.insertNew(List.of(Executions.simple("k2", "a", T0), Executions.simple("k4", "a", T0)));

        assertThat(again.inserted()).extracting(Execution::key).containsExactly("k4");
        assertThat(later.findByKey("k3")).isPresent();
        assertThat(new ExecutionRepository(store.database().dataSource(), Clock.systemUTC()).findByKey("k4")).isPresent();
    }

    @Test
    void aFailedInsertStoresNothingAndTheNextOneStillDeduplicates() throws Exception {
        repo.insertNew(List.of(Executions.simple("k1", "a", T0)));
        try (var c = store.database().connection()) {
            // An execution written behind the repository's back takes the id it would hand out next.
            ExecutionBlock other = ExecutionBlock.of(2, List.of(Executions.simple("other", "a", T0)), new long[] {0});
            BlockTable.insert(c, other.summary(), ExecutionBlockCodec.encode(other));
            try (var ps = c.prepareStatement("INSERT INTO execution_key_hashes (first_id, hashes) VALUES (2, ?)")) {
                ps.setBytes(1, java.nio.ByteBuffer.allocate(8).putLong(KeyHash.of("other")).array());
                ps.executeUpdate();
            }
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repo.insertNew(List.of(Executions.simple("k2", "a", T0))))
                .isInstanceOf(StoreException.class);
        InsertResult retried = repo.insertNew(List.of(Executions.simple("k1", "a", T0), Executions.simple("k2", "a", T0),
                Executions.simple("other", "a", T0)));

        assertThat(retried.inserted()).extracting(Execution::key).containsExactly("k2");
        assertThat(retried.duplicates()).isEqualTo(2);
        assertThat(repo.findByKey("k2")).isPresent();
    }

    @Test
    void batchesLargerThanOneCommitAreStoredWhole() {
        List<Execution> many = new ArrayList<>();
        for (int i = 0; i < ExecutionRepository.COMMIT_CHUNK + 10; i++) {
            many.add(Executions.simple("k" + i, "a", T0.plusSeconds(i)));
        }
        many.add(Executions.simple("k3", "a", T0));

        InsertResult result = repo.insertNew(many);

        assertThat(result.inserted()).hasSize(ExecutionRepository.COMMIT_CHUNK + 10);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(repo.count()).isEqualTo(ExecutionRepository.COMMIT_CHUNK + 10);
    }

    @Test
    void listsNewestFirstWithinRangeAndAgentsWithoutSteps() {
        repo.insertNew(List.of(
                Executions.full("old"),
                Executions.simple("a1", "alpha", T0.plusSeconds(10)),
                Executions.failed("a2", "alpha", T0.plusSeconds(20)),
                Executions.simple("b1", "beta", T0.plusSeconds(30)),
                Executions.simple("late", "alpha", T0.plusSeconds(3600))));
        TimeRange range = new TimeRange(T0, T0.plusSeconds(60));

        assertThat(repo.find(new MetricsFilter(range, Set.of()), false, 10)).extracting(Execution::key)
                .containsExactly("b1", "a2", "a1", "old");
        assertThat(repo.find(new MetricsFilter(range, Set.of("alpha")), false, 10)).extracting(Execution::key)
                .containsExactly("a2", "a1");
        assertThat(repo.find(new MetricsFilter(range, Set.of()), true, 10)).extracting(Execution::key)
                .containsExactly("a2", "old");
        assertThat(repo.find(MetricsFilter.all(), false, 2)).extracting(Execution::key).containsExactly("late", "b1");
        assertThat(repo.find(MetricsFilter.all(), false, 10)).allSatisfy(e -> assertThat(e.steps()).isEmpty());
    }

    @Test
    void anUnknownKeyFindsNothing() {
        assertThat(repo.findByKey("nope")).isEmpty();
    }

    @Test
    void textLongerThanAColumnHoldsIsCutWithAMarker() {
        String huge = "x".repeat(Text.MAX_CHARS + 5);
        Execution e = Execution.builder("big").agent("a").startedAt(T0).task(huge)
                .addStep(Step.builder(StepKind.TOOL_RESULT).output(huge).build()).build();

        repo.insertNew(List.of(e));

        Execution back = repo.findByKey("big").orElseThrow();
        assertThat(back.task()).hasSize(Text.MAX_CHARS).endsWith("…[cut 5 chars]");
        assertThat(back.steps().get(0).output()).hasSize(Text.MAX_CHARS);
    }

    @Test
    void streamsEveryExecutionForRebuilds() {
        repo.insertNew(List.of(Executions.simple("k1", "a", T0), Executions.full("k2")));
        List<String> keys = new ArrayList<>();
        repo.forEach(e -> keys.add(e.key()));
        assertThat(keys).containsExactly("k1", "k2");
    }
}
