package io.breakerboard.ingest;

import io.breakerboard.model.Execution;

/**
 * The quarantine entry for an execution a format read whole but with a value outside the accepted ranges. Trace
 * formats build one execution from many lines, so there is no single line to keep: the entry names the execution
 * and the value instead.
 */
public final class OutOfRange {
    private OutOfRange() {
    }

    /** {@code execution 'k': duration_ms … is outside …}. */
    public static String reason(Execution e, String problem) {
        return "execution '" + e.key() + "': " + problem;
    }

    /** What identifies the execution in its log, in place of a raw line. */
    public static String raw(Execution e) {
        return "execution_id=" + e.key() + " agent=" + e.agent() + " started_at=" + e.startedAt()
                + " steps=" + e.steps().size();
    }
}
