package io.breakerboard.engine.memory.internal;

import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.CheckpointStore;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.reliability.CallKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The call journal of one execution. On a fresh run it only writes. On resume it also answers, per call index,
 * whether the call already completed (replay its result, do not call again) or was in flight at the crash.
 *
 * <p>Replay is exact or not at all: a recorded result is handed back only when the call asked for now has the
 * recorded kind, target and arguments. At the first call that differs the journal stops replaying for good
 * ({@link #divergence()} says where and why) and the execution continues live. Even then a side effect recorded
 * before the crash (a non-idempotent call with the same target and arguments) is never made a second time.
 */
public final class Journal {
    /** The call index of the memory recall, the input every execution reads before its first call. */
    public static final int RECALL_INDEX = -1;

    private final CheckpointStore store;
    private final String executionKey;
    private final Map<Integer, JournalEntry> completed = new HashMap<>();
    private final Map<Integer, JournalEntry> started = new HashMap<>();
    private final List<JournalEntry> priorEffects = new ArrayList<>();
    private final Instant lastProgress;
    private String divergence;

    private Journal(CheckpointStore store, String executionKey, List<JournalEntry> previous) {
        this.store = store;
        this.executionKey = executionKey;
        Instant last = null;
        for (JournalEntry e : previous) {
            (e.phase() == JournalEntry.Phase.COMPLETED ? completed : started).put(e.callIndex(), e);
            Instant end = e.at().plusNanos(e.latencyMicros() * 1_000);
            last = last == null || end.isAfter(last) ? end : last;
        }
        for (JournalEntry e : previous) {
            boolean done = e.phase() == JournalEntry.Phase.COMPLETED;
            if (!e.idempotent() && e.kind() == CallKind.TOOL && (done || !completed.containsKey(e.callIndex()))) {
                priorEffects.add(e);
            }
        }
        this.lastProgress = last;
    }

    /** A journal for a new execution. */
    public static Journal fresh(CheckpointStore store, CheckpointHeader header) {
        store.begin(header);
        return new Journal(store, header.executionKey(), List.of());
    }

    /** The journal of an execution being resumed, with what it recorded before. */
    public static Journal resumed(CheckpointStore store, CheckpointHeader header) {
        return new Journal(store, header.executionKey(), store.journal(header.executionKey()));
    }

    /** The recorded memory recall, unless replay already stopped. */
    public Optional<JournalEntry> recall() {
        return divergence == null ? Optional.ofNullable(completed.get(RECALL_INDEX)) : Optional.empty();
    }

    /**
     * The recorded result of call {@code callIndex} when it completed before and was the same call; empty when
     * the call must be made live. A recorded call that differs ends replay for the rest of the execution.
     */
    public Optional<JournalEntry> replay(int callIndex, CallKind kind, String target, String argsKey) {
        if (divergence != null) {
            return Optional.empty();
        }
        JournalEntry e = completed.get(callIndex);
        if (e == null) {
            e = started.get(callIndex);
            if (e != null && !e.matches(kind, target, argsKey)) {
                diverge(callIndex, e, kind, target, argsKey);
            }
            return Optional.empty();
        }
        if (!e.matches(kind, target, argsKey)) {
            diverge(callIndex, e, kind, target, argsKey);
            return Optional.empty();
        }
        int index = callIndex;
        priorEffects.removeIf(p -> p.callIndex() == index);
        return Optional.of(e);
    }

    /**
     * A side effect made before the crash by this very call (same tool, same arguments) that was not replayed
     * in place: its result, when it completed. Each recorded effect is handed out once.
     */
    public Optional<JournalEntry> priorEffect(String target, String argsKey) {
        for (JournalEntry e : priorEffects) {
            if (e.phase() == JournalEntry.Phase.COMPLETED && e.matches(CallKind.TOOL, target, argsKey)) {
                priorEffects.remove(e);
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * True when this call (same tool, same arguments) was started before and never recorded as completed: it may
     * or may not have taken effect. Consumes the record.
     */
    public boolean inDoubt(String target, String argsKey) {
        for (JournalEntry e : priorEffects) {
            if (e.phase() == JournalEntry.Phase.STARTED && e.matches(CallKind.TOOL, target, argsKey)) {
                priorEffects.remove(e);
                return true;
            }
        }
        return false;
    }

    /** Where replay stopped and why; empty while it follows the journal (or nothing was recorded). */
    public Optional<String> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** When the execution last recorded progress before it was cut short; empty for a fresh one. */
    public Optional<Instant> lastProgress() {
        return Optional.ofNullable(lastProgress);
    }

    public boolean replaying() {
        return !completed.isEmpty() || !started.isEmpty();
    }

    public void start(JournalEntry entry) {
        started.put(entry.callIndex(), entry);
        store.record(executionKey, entry);
    }

    public void complete(JournalEntry entry) {
        completed.put(entry.callIndex(), entry);
        store.record(executionKey, entry);
    }

    public void finish() {
        store.finish(executionKey);
    }

    private void diverge(int callIndex, JournalEntry recorded, CallKind kind, String target, String argsKey) {
        divergence = "call " + callIndex + " was " + recorded.describe() + " before the restart and is "
                + JournalEntry.describe(kind, target, argsKey) + " now";
    }
}
