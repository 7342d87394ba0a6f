package io.breakerboard.demo;

import java.util.List;
import java.util.Map;

/**
 * How one simulated agent behaves: its model, tools, tasks, how many reason/act iterations it usually needs,
 * its share of the traffic and how often each failure mode hits it.
 *
 * @param model      the model it calls, priced by {@link ListPrices}
 * @param weight     relative share of all executions
 * @param failures   probability of each failure mode per execution
 * @param budget     per-run spending limit in micro-dollars, enforced by a guardrail
 * @param maxIter    the iteration limit
 * @param subAgents  names the cost report splits model spend across (the agent itself when empty)
 */
record AgentProfile(String name, String model, List<ToolProfile> tools, List<String> tasks, int minIter, int typicalIter,
                    int maxIter, int weight, Map<FailureMode, Double> failures, long budget, List<String> subAgents) {
}
