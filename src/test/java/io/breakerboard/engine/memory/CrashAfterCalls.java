package io.breakerboard.engine.memory;

import io.breakerboard.engine.reliability.CallKind;
import java.util.List;

/**
 * Delegates to a store and simulates a process crash once a given number of tool calls has been journaled as
 * completed. It can also forget the memory recall, as checkpoints written before the recall was journaled did.
 */
final class CrashAfterCalls implements CheckpointStore {
    private final CheckpointStore delegate;
    private final int toolCalls;
    private final boolean keepRecall;
    private int seen;

    CrashAfterCalls(CheckpointStore delegate, int toolCalls, boolean keepRecall) {
        this.delegate = delegate;
        this.toolCalls = toolCalls;
        this.keepRecall = keepRecall;
    }

    @Override
    public void begin(CheckpointHeader header) {
        delegate.begin(header);
    }

    @Override
    public void record(String executionKey, JournalEntry entry) {
        if (entry.kind() == CallKind.MEMORY && !keepRecall) {
            return;
        }
        delegate.record(executionKey, entry);
        if (entry.kind() == CallKind.TOOL && entry.phase() == JournalEntry.Phase.COMPLETED && ++seen == toolCalls) {
            throw new CrashingStore.Crash("crash after " + toolCalls + " tool calls");
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
