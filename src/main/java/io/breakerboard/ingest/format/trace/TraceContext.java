package io.breakerboard.ingest.format.trace;

import java.time.Duration;
import java.time.Instant;

/**
 * What a trace document states about the trace as a whole, next to its spans (a Langfuse trace object).
 * Every field may be null; span values are used where it is.
 *
 * @param agentFallback agent name used when no span names one, before the root span's name
 * @param task          what the agent was asked
 * @param userId        end user
 * @param sessionId     conversation or session
 * @param startedAt     start of the trace
 * @param duration      length of the trace
 */
public record TraceContext(String agentFallback, String task, String userId, String sessionId,
                           Instant startedAt, Duration duration) {
    public static final TraceContext NONE = new TraceContext(null, null, null, null, null, null);
}
