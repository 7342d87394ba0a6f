package io.breakerboard.engine.memory;

import java.util.List;

/**
 * Durable state of running executions: a header when one starts, a journal entry after each call, removal when
 * it finishes. What is left after a crash are the unfinished executions, which can be resumed.
 */
public interface CheckpointStore {

    void begin(CheckpointHeader header);

    void record(String executionKey, JournalEntry entry);

    /** The execution stopped cleanly at a call boundary because the engine closed; it is kept, marked paused. */
    void pause(String executionKey, java.time.Instant at);

    /** The execution runs again after {@code totalDowntime} stopped in all; no longer paused. */
    void resume(String executionKey, java.time.Duration totalDowntime);

    /** The execution finished (in any outcome); its checkpoint is dropped. */
    void finish(String executionKey);

    /** Executions begun and not finished, oldest first. */
    List<CheckpointHeader> unfinished();

    /** The journal of one execution in call order, STARTED before COMPLETED; empty when unknown. */
    List<JournalEntry> journal(String executionKey);
}
