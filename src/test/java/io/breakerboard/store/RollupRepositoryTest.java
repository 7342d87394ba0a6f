package io.breakerboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.metrics.RollupRecord;
import io.breakerboard.model.QuarantinedRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupRepositoryTest {
    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savedRollupsReplaceOlderStateOfTheSameAgentAndMinute() {
        store.rollups().save(List.of(new RollupRecord("a", 100, new byte[] {1}), new RollupRecord("b", 100, new byte[] {2})), 0);
        store.rollups().save(List.of(new RollupRecord("a", 100, new byte[] {9, 9})), 0);

        assertThat(store.rollups().loadAll())
                .anySatisfy(r -> {
                    assertThat(r.agent()).isEqualTo("a");
                    assertThat(r.state()).containsExactly(9, 9);
                })
                .hasSize(2);
    }

    @Test
    void theCheckpointKeepsTheExecutionsCovered() {
        assertThat(store.rollups().checkpoint()).isEmpty();
        store.rollups().save(List.of(), 1);

        assertThat(store.rollups().checkpoint()).hasValue(1);
        store.rollups().clear();
        assertThat(store.rollups().checkpoint()).isEmpty();
        assertThat(store.rollups().loadAll()).isEmpty();
    }

    @Test
    void quarantineKeepsSourceLineReasonAndRawNewestFirst() {
        store.quarantine().insert(List.of(new QuarantinedRecord("/l/a.log", 3, "missing field 'timestamp'", "{\"x\":1}"),
                new QuarantinedRecord("/l/b.log", 7, "not JSON", "garbage")));

        assertThat(store.quarantine().find(null, 10)).extracting(QuarantinedRecord::source)
                .containsExactly("/l/b.log", "/l/a.log");
        assertThat(store.quarantine().find("/l/a.log", 10))
                .containsExactly(new QuarantinedRecord("/l/a.log", 3, "missing field 'timestamp'", "{\"x\":1}"));
    }
}
