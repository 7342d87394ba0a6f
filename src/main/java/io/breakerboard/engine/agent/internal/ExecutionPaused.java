package io.breakerboard.engine.agent.internal;

import java.util.concurrent.CancellationException;

/**
 * An execution stopped at a call boundary because the engine is closing: its checkpoint is complete and it
 * continues from there on the next start. A {@link CancellationException}, so whoever ran it treats it as
 * closing, not as a failure.
 */
public final class ExecutionPaused extends CancellationException {
    public ExecutionPaused(String executionKey) {
        super("execution " + executionKey + " paused at a call boundary: the engine is closing");
    }
}
