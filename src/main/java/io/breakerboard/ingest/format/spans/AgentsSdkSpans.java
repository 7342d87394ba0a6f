package io.breakerboard.ingest.format.spans;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.Texts;
import java.util.Map;

/**
 * The OpenAI Agents SDK's {@code span_data} (as {@code Span.export()} writes it), told in GenAI attribute names so
 * the shared alias table reads it: {@code agent} is an agent span, {@code function} a tool call, {@code generation}
 * and {@code response} model calls, {@code guardrail} a guardrail; handoffs and custom spans are plain events.
 */
final class AgentsSdkSpans {
    private AgentsSdkSpans() {
    }

    /** A span name for spans that carry none: the agent, tool or guardrail name, else the data type. */
    static String name(JsonNode data) {
        String type = Json.text(data, "type");
        String name = Json.text(data, "name");
        if ("handoff".equals(type)) {
            return "handoff " + Json.text(data, "from_agent") + " -> " + Json.text(data, "to_agent");
        }
        return name != null ? name : type;
    }

    static void attributes(JsonNode data, Map<String, String> out) {
        String type = Json.text(data, "type");
        if (type == null) {
            return;
        }
        out.put("openai.agents.span_type", type);
        String name = Json.text(data, "name");
        switch (type) {
            case "agent" -> {
                out.put("gen_ai.operation.name", "invoke_agent");
                put(out, "gen_ai.agent.name", name);
            }
            case "function" -> {
                out.put("gen_ai.operation.name", "execute_tool");
                put(out, "gen_ai.tool.name", name);
                put(out, "gen_ai.tool.call.arguments", Texts.of(Json.field(data, "input")));
                put(out, "gen_ai.tool.call.result", Texts.of(Json.field(data, "output")));
            }
            case "generation", "response" -> {
                out.put("gen_ai.operation.name", "chat");
                put(out, "gen_ai.request.model", Json.text(data, "model"));
                put(out, "gen_ai.response.id", Json.text(data, "response_id"));
                put(out, "gen_ai.input.messages", Texts.of(Json.field(data, "input")));
                put(out, "gen_ai.output.messages", Texts.of(Json.field(data, "output")));
                JsonNode usage = Json.field(data, "usage");
                put(out, "gen_ai.usage.input_tokens", Json.text(usage, "input_tokens", "prompt_tokens"));
                put(out, "gen_ai.usage.output_tokens", Json.text(usage, "output_tokens", "completion_tokens"));
            }
            case "guardrail" -> {
                out.put("openinference.span.kind", "guardrail");
                put(out, "guardrail.triggered", Json.text(data, "triggered"));
            }
            default -> put(out, "openai.agents.name", name);
        }
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.putIfAbsent(key, value);
        }
    }
}
