package io.breakerboard.engine.agent;

import io.breakerboard.engine.sim.Task;

/**
 * One execution to run.
 *
 * @param key       execution key
 * @param agent     the agent
 * @param instance  the agent instance it runs on (its bulkhead)
 * @param pattern   orchestration pattern name
 * @param task      the task
 * @param seed      seed of every random draw of the execution
 * @param userId    the end user
 * @param sessionId the session id; one per execution, so the audit log groups by it
 */
public record ExecutionSpec(String key, AgentSpec agent, String instance, String pattern, Task task, long seed,
                            String userId, String sessionId) {
}
