package io.breakerboard.engine.workload.internal;

import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.orchestration.PatternKind;
import java.time.Instant;

/**
 * One execution of a workload, before it starts.
 *
 * @param number   position in the workload, from 0
 * @param at       when it arrives
 * @param agent    the agent chosen
 * @param pattern  the pattern chosen
 * @param taskSeed seed of its task
 * @param seed     seed of the execution
 * @param userId   the end user
 */
public record Arrival(long number, Instant at, AgentSpec agent, PatternKind pattern, long taskSeed, long seed,
                      String userId) {
}
