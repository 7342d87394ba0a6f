package io.breakerboard.store;

import static io.breakerboard.testsupport.Executions.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.breakerboard.testsupport.Executions;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key that comes back with other content replaces its stored execution in place; the same content is a duplicate. */
class ExecutionUpdatesTest {
    @TempDir
    Path dir;
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

    private static Execution grown(Execution e) {
        List<Step> steps = new ArrayList<>(e.steps());
        steps.add(Step.builder(StepKind.LLM_CALL).index(steps.size()).name("one more call").inputTokens(50).outputTokens(7).build());
        return e.toBuilder().steps(steps).inputTokens(e.inputTokens() + 50).outputTokens(e.outputTokens() + 7)
                .duration(e.duration().plusSeconds(3)).build();
    }

    @Test
    void aKeyWithOtherContentReplacesTheStoredExecutionAndItsSteps() {
        Execution session = Executions.full("session-1");
        repo.insertNew(List.of(Executions.simple("k0", "a", T0.minusSeconds(1)), session,
                Executions.simple("k2", "a", T0.plusSeconds(1))));

        InsertResult again = repo.insertNew(List.of(grown(session), Executions.simple("k3", "a", T0.plusSeconds(2))));

        assertThat(again.updated()).singleElement().satisfies(u -> {
            assertThat(u.previous()).isEqualTo(session.toBuilder().steps(List.of()).build());
            assertThat(u.current()).isEqualTo(grown(session));
        });
        assertThat(again.duplicates()).isZero();
        assertThat(again.inserted()).extracting(Execution::key).containsExactly("k3");
        assertThat(repo.count()).isEqualTo(4);
        assertThat(repo.findByKey("session-1")).contains(grown(session));
        assertThat(repo.find(MetricsFilter.all(), false, 10)).extracting(Execution::key)
                .containsExactly("k3", "k2", "session-1", "k0");
        assertThat(repo.find(MetricsFilter.all(), false, 10)).filteredOn(e -> e.key().equals("session-1"))
                .singleElement().extracting(Execution::duration).isEqualTo(session.duration().plusSeconds(3));
        assertThat(stepRows(store)).isEqualTo(session.steps().size() + 1);
    }

    @Test
    void anUpdateInTheSmallLastBlockAndNewRowsThatGrowItAreOneBlock() throws Exception {
        Execution session = Executions.full("session-1");
        repo.insertNew(List.of(Executions.simple("k0", "a", T0.minusSeconds(1)), session));

        repo.insertNew(List.of(grown(session), Executions.failed("k2", "a", T0.plusSeconds(5))));

        ExecutionRepository reopened = new ExecutionRepository(store.database().dataSource(), Clock.systemUTC());
        for (ExecutionRepository r : List.of(repo, reopened)) {
            assertThat(r.count()).isEqualTo(3);
            assertThat(r.findByKey("session-1")).contains(grown(session));
            assertThat(r.find(MetricsFilter.all(), true, 10)).extracting(Execution::key)
                    .containsExactly("k2", "session-1");
        }
        try (var c = store.database().connection(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), SUM(row_count) FROM execution_blocks")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
            assertThat(rs.getLong(2)).isEqualTo(3);
        }
    }

    @Test
    void theSameContentAgainIsADuplicateWhereverItWasReadFrom() {
        Execution session = Executions.full("session-1");
        repo.insertNew(List.of(session));

        InsertResult again = repo.insertNew(List.of(session.toBuilder().source("/elsewhere/copy.jsonl").build()));

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.updated()).isEmpty();
        assertThat(repo.findByKey("session-1")).contains(session);
    }

    @Test
    void anUpdateSurvivesReopeningAndIsNotAppliedTwice() {
        Execution session = Executions.full("session-1");
        repo.insertNew(List.of(session));
        repo.insertNew(List.of(grown(session)));
        store.close();
        store = Store.open(dir, Clock.systemUTC());

        InsertResult again = store.executions().insertNew(List.of(grown(session)));

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.updated()).isEmpty();
        assertThat(store.executions().findByKey("session-1")).contains(grown(session));
    }

    @Test
    void anUpdateDropsTheRollupCheckpointSoACrashBeforeTheNextSaveRebuildsTheRollups() {
        repo.insertNew(List.of(Executions.simple("k1", "a", T0)));
        store.rollups().save(List.of(), List.of(), 1);

        repo.insertNew(List.of(Executions.failed("k1", "a", T0)));

        assertThat(store.rollups().checkpoint()).isEmpty();
    }

    @Test
    void anExecutionStoredBeforeFingerprintsIsUpdatedOnlyWhenAColumnDiffers() throws Exception {
        repo.insertNew(List.of(Executions.simple("k1", "a", T0), Executions.simple("k2", "a", T0)));
        writeBlockWithoutFingerprints(store);
        ExecutionRepository reopened = new ExecutionRepository(store.database().dataSource(), Clock.systemUTC());

        InsertResult again = reopened.insertNew(List.of(Executions.simple("k1", "a", T0),
                Executions.simple("k2", "a", T0).toBuilder().duration(Duration.ofSeconds(9)).build()));

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.updated()).extracting(u -> u.current().key()).containsExactly("k2");
        assertThat(reopened.findByKey("k2").orElseThrow().duration()).isEqualTo(Duration.ofSeconds(9));
    }

    // Rewrites the first block as a build before fingerprints wrote it: the same columns but the last.
    private static void writeBlockWithoutFingerprints(Store store) throws Exception {
        try (var c = store.database().connection()) {
            byte[] data;
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM execution_block_data WHERE first_id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                data = rs.getBytes(1);
            }
            ByteReader in = new ByteReader(data, 0, data.length);
            int version = in.readByte();
            long rows = in.readUnsigned();
            long columns = in.readUnsigned();
            assertThat(columns).isEqualTo(BlockColumn.ALL.length);
            int first = in.position();
            for (int i = 0; i < BlockColumn.FIRST_VERSION_COLUMNS; i++) {
                in.section(in.readLength());
            }
            ByteWriter old = new ByteWriter(data.length);
            old.writeByte(version);
            old.writeUnsigned(rows);
            old.writeUnsigned(BlockColumn.FIRST_VERSION_COLUMNS);
            old.writeBytes(data, first, in.position() - first);
            try (PreparedStatement ps = c.prepareStatement("UPDATE execution_block_data SET data = ? WHERE first_id = 1")) {
                ps.setBytes(1, old.toByteArray());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static long stepRows(Store store) {
        try (var c = store.database().connection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM steps")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
