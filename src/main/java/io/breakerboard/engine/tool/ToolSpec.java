package io.breakerboard.engine.tool;

import io.breakerboard.engine.sim.LatencyModel;

/**
 * A tool's contract.
 *
 * @param name        tool name
 * @param description what it does, for people
 * @param required    the role needed to call it
 * @param idempotent  whether calling it twice has the same effect as once; non-idempotent calls are never
 *                    cached and never repeated on resume
 * @param schema      the arguments it accepts
 * @param latency     how long it takes
 * @param failures    how often it fails
 * @param alternative a tool that can stand in when this one is unavailable; null when none
 */
public record ToolSpec(String name, String description, Permission required, boolean idempotent, ArgSchema schema,
                       LatencyModel latency, FailureProfile failures, String alternative) {
}
