package io.breakerboard.model;

import java.util.Locale;

/** The kind of one event inside an execution. Unknown events are kept as {@link #EVENT}. */
public enum StepKind {
    AGENT_START,
    MEMORY_RECALL,
    PLAN,
    REASONING,
    MESSAGE,
    LLM_CALL,
    TOOL_CALL,
    TOOL_RESULT,
    TOOL_ERROR,
    API_ERROR,
    GUARDRAIL,
    AGENT_DONE,
    AGENT_INCOMPLETE,
    EVENT;

    /** True for steps that represent a failure of a tool or model call. */
    public boolean isError() {
        return this == TOOL_ERROR || this == API_ERROR;
    }

    /** Parses an event name such as {@code TOOL_RESULT}; anything unknown is {@link #EVENT}. */
    public static StepKind parse(String name) {
        if (name == null) {
            return EVENT;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return EVENT;
        }
    }
}
