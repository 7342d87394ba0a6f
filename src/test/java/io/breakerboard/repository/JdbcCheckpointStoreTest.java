package io.breakerboard.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.testsupport.H2;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JdbcCheckpointStoreTest {
    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void keepsHeadersAndJournalsUntilFinished() {
        JdbcCheckpointStore store = new JdbcCheckpointStore(H2.migrated("checkpoints"));
        CheckpointHeader h = new CheckpointHeader("e-1", "payments-controller", "payments-controller#1", "state_machine",
                "FINANCE", 11, 12, "u-1", "s-1", T);
        store.begin(h);
        JournalEntry started = JournalEntry.started(3, CallKind.TOOL, "approve_payment", "{}", false, T.plusSeconds(4));
        JournalEntry done = new JournalEntry(3, JournalEntry.Phase.COMPLETED, CallKind.TOOL, "approve_payment", "{}", false,
                true, null, "paid", null, T.plusSeconds(4), 400_000, 0, 0, 0, 1, null);
        JournalEntry model = new JournalEntry(0, JournalEntry.Phase.COMPLETED, CallKind.MODEL, "atlas-pro", "reason", true,
                true, null, "think", null, T, 900_000, 1200, 80, 4_800, 1, null);
        store.record("e-1", done);
        store.record("e-1", started);
        store.record("e-1", model);

        assertThat(store.unfinished()).containsExactly(h);
        assertThat(store.journal("e-1")).containsExactly(model, started, done);

        store.finish("e-1");
        assertThat(store.unfinished()).isEmpty();
        assertThat(store.journal("e-1")).isEmpty();
    }
}
