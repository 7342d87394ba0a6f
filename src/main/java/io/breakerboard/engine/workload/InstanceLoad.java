package io.breakerboard.engine.workload;

/**
 * One agent instance's load, for the Engine panel and the command line.
 *
 * @param id       instance id, e.g. {@code sre-investigator#2}
 * @param agent    agent name
 * @param inFlight executions running on it now
 * @param capacity executions it may run at once
 * @param healthy  false while out of rotation
 * @param placed   executions placed on it since the engine started
 */
public record InstanceLoad(String id, String agent, int inFlight, int capacity, boolean healthy, long placed) {
}
