package io.breakerboard.engine.guard.internal;

import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.ToolSpec;
import java.util.Optional;

/** Decides, before any call, whether an agent's role may use a tool. */
public final class ToolAuthorizer {
    public static final String NAME = "tool-authorization";

    /** Empty when allowed, else why not. */
    public Optional<String> deny(String agent, Permission role, ToolSpec tool) {
        if (role.allows(tool.required())) {
            return Optional.empty();
        }
        return Optional.of("agent " + agent + " with role " + role + " may not call " + tool.name()
                + ", which requires " + tool.required());
    }
}
