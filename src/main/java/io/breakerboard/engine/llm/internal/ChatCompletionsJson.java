package io.breakerboard.engine.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ArgRule;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the chat-completions API: the request body (messages, the engine's tools as {@code function}
 * definitions, streaming off) and the reply (text, {@code tool_calls}, {@code usage}).
 */
public final class ChatCompletionsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatCompletionsJson() {
    }

    /** What a reply said and what it consumed. */
    public record Reply(String model, String text, List<ModelToolCall> toolCalls, long promptTokens, long completionTokens) {
    }

    /** A reply that is not the JSON the API promises; the message says what was wrong, never the whole body. */
    public static final class Malformed extends Exception {
        public Malformed(String message) {
            super(message, null, false, false);
        }
    }

    public static String request(String model, ModelRequest req, int maxTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode messages = root.putArray("messages");
        List<ChatMessage> conversation = req.messages().isEmpty()
                ? List.of(ChatMessage.system("You are one step of an AI agent; this step is to " + req.purpose()
                        + ". Answer briefly."), ChatMessage.user(req.prompt()))
                : req.messages();
        for (ChatMessage m : conversation) {
            message(messages.addObject(), m);
        }
        if (!req.tools().isEmpty()) {
            ArrayNode tools = root.putArray("tools");
            for (ToolSpec t : req.tools()) {
                tool(tools.addObject(), t);
            }
        }
        root.put("max_tokens", maxTokens);
        root.put("stream", false);
        return root.toString();
    }

    private static void message(ObjectNode o, ChatMessage m) {
        o.put("role", m.role());
        if (m.toolCalls().isEmpty() || !m.content().isEmpty()) {
            o.put("content", m.content());
        } else {
            o.putNull("content");
        }
        if (!m.toolCalls().isEmpty()) {
            ArrayNode calls = o.putArray("tool_calls");
            for (ModelToolCall c : m.toolCalls()) {
                ObjectNode call = calls.addObject();
                call.put("id", c.id());
                call.put("type", "function");
                ObjectNode fn = call.putObject("function");
                fn.put("name", c.call().tool());
                fn.put("arguments", c.call().argsJson());
            }
        }
        if (m.toolCallId() != null) {
            o.put("tool_call_id", m.toolCallId());
        }
    }

    private static void tool(ObjectNode o, ToolSpec t) {
        o.put("type", "function");
        ObjectNode fn = o.putObject("function");
        fn.put("name", t.name());
        fn.put("description", t.description());
        ObjectNode params = fn.putObject("parameters");
        params.put("type", "object");
        ObjectNode props = params.putObject("properties");
        ArrayNode required = params.putArray("required");
        for (Map.Entry<String, ArgRule> e : new java.util.TreeMap<>(t.schema().rules()).entrySet()) {
            ArgRule r = e.getValue();
            ObjectNode p = props.putObject(e.getKey());
            switch (r.type()) {
                case INTEGER -> p.put("type", "integer");
                case DECIMAL -> p.put("type", "number");
                case ENUM -> {
                    p.put("type", "string");
                    r.allowed().forEach(p.putArray("enum")::add);
                }
                case TEXT -> {
                    p.put("type", "string");
                    if (r.pattern() != null) {
                        p.put("pattern", "^" + r.pattern().pattern() + "$");
                    }
                }
            }
            if (r.required()) {
                required.add(e.getKey());
            }
        }
        params.put("additionalProperties", false);
    }

    public static Reply reply(String body) throws Malformed {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Malformed("the reply is not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("the reply is not a JSON object");
        }
        JsonNode message = root.path("choices").path(0).path("message");
        if (!message.isObject()) {
            throw new Malformed("the reply has no choices[0].message");
        }
        List<ModelToolCall> calls = new ArrayList<>();
        for (JsonNode c : message.path("tool_calls")) {
            calls.add(toolCall(c, calls.size()));
        }
        JsonNode content = message.path("content");
        String text = content.isTextual() ? content.asText() : "";
        if (text.isEmpty() && calls.isEmpty()) {
            throw new Malformed("the reply has neither content nor tool_calls");
        }
        JsonNode usage = root.path("usage");
        return new Reply(root.path("model").asText(null), text, calls, usage.path("prompt_tokens").asLong(-1),
                usage.path("completion_tokens").asLong(-1));
    }

    private static ModelToolCall toolCall(JsonNode c, int n) throws Malformed {
        JsonNode fn = c.path("function");
        String name = fn.path("name").asText("");
        if (name.isEmpty()) {
            throw new Malformed("tool_calls[" + n + "] names no function");
        }
        JsonNode args;
        JsonNode raw = fn.path("arguments");
        try {
            args = raw.isTextual() ? JSON.readTree(raw.asText().isBlank() ? "{}" : raw.asText()) : raw;
        } catch (JsonProcessingException e) {
            throw new Malformed("the arguments of " + name + " are not JSON");
        }
        if (args == null || !(args.isObject() || args.isMissingNode())) {
            throw new Malformed("the arguments of " + name + " are not a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
        }
        String id = c.path("id").asText("");
        return new ModelToolCall(id.isEmpty() ? "call_" + n : id, new ToolCall(name, values));
    }
}
