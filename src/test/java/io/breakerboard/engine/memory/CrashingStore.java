package io.breakerboard.engine.memory;

import java.util.List;

/** Delegates to a store and simulates a process crash once a chosen journal entry has been written. */
final class CrashingStore implements CheckpointStore {
    /** Stands for the process dying: nothing in the engine catches it. */
    static final class Crash extends Error {
        Crash(String message) {
            super(message);
        }
    }

    private final CheckpointStore delegate;
    private final String target;
    private final JournalEntry.Phase phase;
    private boolean armed = true;

    CrashingStore(CheckpointStore delegate, String target, JournalEntry.Phase phase) {
        this.delegate = delegate;
        this.target = target;
        this.phase = phase;
    }

    @Override
    public void begin(CheckpointHeader header) {
        delegate.begin(header);
    }

    @Override
    public void record(String executionKey, JournalEntry entry) {
        delegate.record(executionKey, entry);
        if (armed && entry.target().equals(target) && entry.phase() == phase) {
            armed = false;
            throw new Crash("crash after " + phase + " of " + target);
        }
    }

    @Override
    public void pause(String executionKey, java.time.Instant at) {
        delegate.pause(executionKey, at);
    }

    @Override
    public void resume(String executionKey, java.time.Duration totalDowntime) {
        delegate.resume(executionKey, totalDowntime);
    }

    @Override
    public void finish(String executionKey) {
        delegate.finish(executionKey);
    }

    @Override
    public List<CheckpointHeader> unfinished() {
        return delegate.unfinished();
    }

    @Override
    public List<JournalEntry> journal(String executionKey) {
        return delegate.journal(executionKey);
    }
}
