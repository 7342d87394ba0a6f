package io.breakerboard.engine.guard.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One audit line: one step of one execution.
 *
 * @param timestamp         when the step started
 * @param executionId       the execution the step belongs to
 * @param step              the step's number within its execution, from 0
 * @param userId            the end user the agent acted for
 * @param sessionId         groups the lines of one execution
 * @param agent             the agent instance
 * @param agentStep         the step kind, e.g. {@code TOOL_CALL}
 * @param toolName          the tool; null for steps without one
 * @param toolArgs          tool arguments; empty when none
 * @param toolResultSummary the step's output, shortened
 * @param costMicros        cost of the step
 * @param latency           duration of the step
 * @param success           false when the step failed
 * @param error             error text; null on success
 * @param model             the model of an LLM step; null otherwise
 * @param userQuery         what the user asked, on the {@code AGENT_START} line; null on the others
 */
public record AuditRecord(Instant timestamp, String executionId, int step, String userId, String sessionId, String agent, String agentStep,
                          String toolName, Map<String, String> toolArgs, String toolResultSummary, long costMicros,
                          Duration latency, boolean success, String error, String model, String userQuery) {

    public AuditRecord {
        toolArgs = toolArgs == null ? Map.of() : toolArgs;
    }
}
