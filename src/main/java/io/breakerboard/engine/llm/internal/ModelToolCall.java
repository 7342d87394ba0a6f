package io.breakerboard.engine.llm.internal;

import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.Objects;

/**
 * A tool call a model asked for in its reply.
 *
 * @param id   the model's id of the call, quoted back with the result
 * @param call the tool and its arguments
 */
public record ModelToolCall(String id, ToolCall call) {

    public ModelToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(call, "call");
    }
}
