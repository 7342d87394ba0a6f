package io.breakerboard.engine.checkpoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The call journal of one execution. On a fresh run it only writes. On resume it also answers, per call index,
 * whether the call already completed (replay its result, do not call again) or was in flight at the crash.
 */
public final class Journal {
    private final CheckpointStore store;
    private final String executionKey;
    private final Map<Integer, JournalEntry> completed = new HashMap<>();
    private final Map<Integer, JournalEntry> started = new HashMap<>();

    private Journal(CheckpointStore store, String executionKey, List<JournalEntry> previous) {
        this.store = store;
        this.executionKey = executionKey;
        for (JournalEntry e : previous) {
            (e.phase() == JournalEntry.Phase.COMPLETED ? completed : started).put(e.callIndex(), e);
        }
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

    /** The recorded result of a call that completed before, if any. */
    public Optional<JournalEntry> completed(int callIndex) {
        return Optional.ofNullable(completed.get(callIndex));
    }

    /** True when a call was started before and never recorded as completed: it may or may not have taken effect. */
    public boolean inDoubt(int callIndex) {
        return started.containsKey(callIndex) && !completed.containsKey(callIndex);
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
}
