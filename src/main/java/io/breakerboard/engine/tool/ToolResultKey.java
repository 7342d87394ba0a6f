package io.breakerboard.engine.tool;

import io.breakerboard.engine.tool.internal.ToolCall;

/**
 * Everything a tool's answer depends on, so a cached answer is served only where the tool would have given it:
 * the tool, its version, the canonical arguments, and the scope the answer is drawn from (for a simulated tool,
 * the hidden facts of the task; two incidents on the same service get different answers to the same call).
 *
 * @param tool     tool name
 * @param version  tool version
 * @param argsJson canonical arguments
 * @param scope    what else the answer depends on; never null
 */
public record ToolResultKey(String tool, String version, String argsJson, String scope) {

    public static ToolResultKey of(ToolSpec spec, ToolCall call, String scope) {
        return new ToolResultKey(spec.name(), spec.version(), call.argsJson(), scope);
    }
}
