package io.breakerboard.engine.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.reliability.CallKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Replay hands a recorded result only to the call it recorded, and never lets a side effect happen twice. */
class JournalReplayTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final CheckpointHeader HEADER = new CheckpointHeader("exec-1", "payments-controller", "#1",
            "state_machine", "FINANCE", 1, 2, "u-1", "s-1", AT);

    private static JournalEntry completed(int index, CallKind kind, String target, String args, boolean idempotent) {
        return new JournalEntry(index, JournalEntry.Phase.COMPLETED, kind, target, args, idempotent, true, null,
                target + " output", null, AT.plusSeconds(index), 1_000, 0, 0, 0, 1, null);
    }

    private static Journal recorded(JournalEntry... entries) {
        InMemoryCheckpointStore store = new InMemoryCheckpointStore();
        Journal first = Journal.fresh(store, HEADER);
        for (JournalEntry e : entries) {
            if (e.phase() == JournalEntry.Phase.STARTED) {
                first.start(e);
            } else {
                first.complete(e);
            }
        }
        return Journal.resumed(store, HEADER);
    }

    @Test
    void aCallThatDiffersFromTheRecordStopsReplayForTheRestOfTheExecution() {
        Journal j = recorded(completed(0, CallKind.TOOL, "check_service_health", "{\"service\":\"a\"}", true),
                completed(1, CallKind.TOOL, "list_pods", "{\"ns\":\"x\"}", true),
                completed(2, CallKind.MODEL, "atlas-pro", "reason: x", true));

        assertThat(j.replay(0, CallKind.TOOL, "check_service_health", "{\"service\":\"a\"}")).isPresent();
        assertThat(j.replay(1, CallKind.TOOL, "get_recent_deploys", "{\"service\":\"a\"}")).isEmpty();
        assertThat(j.divergence()).get().asString().contains("call 1 was tool list_pods", "is tool get_recent_deploys");
        assertThat(j.replay(2, CallKind.MODEL, "atlas-pro", "reason: x")).as("no replay after the divergence").isEmpty();
    }

    @Test
    void aPaymentMadeBeforeTheCrashIsReplayedWhereverItNowFallsAndAnInDoubtOneIsNeverRepeated() {
        Journal j = recorded(completed(0, CallKind.TOOL, "lookup_invoice", "{\"id\":\"7\"}", true),
                completed(1, CallKind.TOOL, "approve_payment", "{\"id\":\"7\"}", false),
                JournalEntry.started(2, CallKind.TOOL, "send_receipt", "{\"id\":\"7\"}", false, AT));

        assertThat(j.replay(0, CallKind.MODEL, "swift-mini", "plan")).isEmpty();
        assertThat(j.divergence()).isPresent();
        assertThat(j.priorEffect("approve_payment", "{\"id\":\"8\"}")).as("another payment is another call").isEmpty();
        assertThat(j.priorEffect("approve_payment", "{\"id\":\"7\"}")).get()
                .extracting(JournalEntry::output).isEqualTo("approve_payment output");
        assertThat(j.priorEffect("approve_payment", "{\"id\":\"7\"}")).as("handed out once").isEmpty();
        assertThat(j.inDoubt("send_receipt", "{\"id\":\"7\"}")).isTrue();
        assertThat(j.inDoubt("lookup_invoice", "{\"id\":\"7\"}")).as("idempotent calls are never in doubt").isFalse();
    }
}
