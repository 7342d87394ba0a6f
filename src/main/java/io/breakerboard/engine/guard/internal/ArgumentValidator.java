package io.breakerboard.engine.guard.internal;

import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.Optional;

/** Checks tool arguments against the tool's schema before the call. */
public final class ArgumentValidator {
    public static final String NAME = "argument-validation";

    /** Empty when valid, else the rejection, naming tool, argument, value and rule. */
    public Optional<String> reject(ToolSpec tool, ToolCall call) {
        return tool.schema().validate(call);
    }
}
