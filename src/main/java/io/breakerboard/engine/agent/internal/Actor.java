package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.tool.Permission;

/**
 * Who makes a call inside an execution: the agent itself or one of its sub-agents (a specialist, a voter).
 *
 * @param name  name on the steps
 * @param model model it reasons with
 * @param role  its authorization level
 */
public record Actor(String name, String model, Permission role) {
}
