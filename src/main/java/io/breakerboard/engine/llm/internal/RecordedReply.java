package io.breakerboard.engine.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model reply that asked for tools, written into the checkpoint journal's output text so a resumed execution
 * replays the same calls. A reply of plain text is journaled as the text itself.
 */
public final class RecordedReply {
    private static final String MARKER = "{\"recorded_reply\":";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedReply() {
    }

    /** The journal text of a reply: its text when it calls no tool, else text and calls as JSON. */
    public static String encode(ModelResponse r) {
        if (r.toolCalls().isEmpty()) {
            return r.text();
        }
        ObjectNode o = JSON.createObjectNode();
        ObjectNode body = o.putObject("recorded_reply");
        body.put("text", r.text());
        ArrayNode calls = body.putArray("tool_calls");
        for (ModelToolCall c : r.toolCalls()) {
            ObjectNode n = calls.addObject();
            n.put("id", c.id());
            n.put("tool", c.call().tool());
            ObjectNode args = n.putObject("args");
            c.call().args().forEach(args::put);
        }
        return o.toString();
    }

    /** The reply a journal text stands for. */
    public static ModelResponse decode(String model, String journaled) {
        if (journaled == null || !journaled.startsWith(MARKER)) {
            return new ModelResponse(model, journaled);
        }
        try {
            JsonNode body = JSON.readTree(journaled).path("recorded_reply");
            List<ModelToolCall> calls = new ArrayList<>();
            for (JsonNode n : body.path("tool_calls")) {
                Map<String, String> args = new LinkedHashMap<>();
                n.path("args").fields().forEachRemaining(e -> args.put(e.getKey(), e.getValue().asText()));
                calls.add(new ModelToolCall(n.path("id").asText(), new ToolCall(n.path("tool").asText(), args)));
            }
            return new ModelResponse(model, body.path("text").asText(""), calls);
        } catch (JsonProcessingException e) {
            return new ModelResponse(model, journaled);
        }
    }
}
