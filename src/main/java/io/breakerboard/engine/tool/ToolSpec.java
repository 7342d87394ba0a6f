package io.breakerboard.engine.tool;

import io.breakerboard.engine.sim.internal.LatencyModel;
import io.breakerboard.engine.tool.internal.ArgSchema;
import io.breakerboard.engine.tool.internal.FailureProfile;

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
 * @param version     version of the tool's behaviour; part of the result-cache key, so a new version never
 *                    serves an old version's answers
 * @param price       what an answered call costs
 */
public record ToolSpec(String name, String description, Permission required, boolean idempotent, ArgSchema schema,
                       LatencyModel latency, FailureProfile failures, String alternative, String version,
                       ToolPrice price) {

    public ToolSpec {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("tool " + name + " needs a version");
        }
        if (price == null) {
            throw new IllegalArgumentException("tool " + name + " needs a price (ToolPrice.FREE when it costs nothing)");
        }
    }

    /** A free tool at version 1. */
    public ToolSpec(String name, String description, Permission required, boolean idempotent, ArgSchema schema,
                    LatencyModel latency, FailureProfile failures, String alternative) {
        this(name, description, required, idempotent, schema, latency, failures, alternative, "1", ToolPrice.FREE);
    }

    /** The same tool at another price. */
    public ToolSpec withPrice(ToolPrice p) {
        return new ToolSpec(name, description, required, idempotent, schema, latency, failures, alternative, version, p);
    }
}
