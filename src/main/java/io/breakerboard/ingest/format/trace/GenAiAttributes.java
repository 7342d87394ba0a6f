package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The alias table: which span attribute names, across tracing conventions, carry the model, tokens, cost,
 * agent, tool and operation of a span. OpenTelemetry GenAI semantic conventions come first; OpenInference,
 * OpenLLMetry/Traceloop, Vercel AI SDK, LiteLLM, Braintrust and ad-hoc names follow. The first name present
 * wins, so a span that carries both the current and a deprecated name is read by the current one.
 */
public final class GenAiAttributes {

    /** What a span does, as far as its attributes tell. */
    public enum Operation { MODEL_CALL, EMBEDDING, TOOL, AGENT, WORKFLOW, RETRIEVAL, GUARDRAIL, OTHER }

    /** Attributes whose value is a JSON object or Python dict packed into one string; they are unpacked. */
    public static final List<String> PACKED = List.of(
            "braintrust.metrics", "braintrust.metadata", "braintrust.span_attributes", "usage", "hidden_params",
            "mlflow.chat.tokenUsage");

    public static final List<String> MODEL = List.of(
            "gen_ai.response.model", "gen_ai.request.model", "llm.model_name", "ai.response.model", "ai.model.id",
            "llm.response.model", "llm.request.model", "braintrust.metadata.model", "model", "model_name");

    public static final List<String> INPUT_TOKENS = List.of(
            "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.token_count.prompt",
            "llm.usage.prompt_tokens", "ai.usage.inputTokens", "ai.usage.promptTokens",
            "braintrust.metrics.prompt_tokens", "mlflow.chat.tokenUsage.input_tokens", "usage.input_tokens", "usage.prompt_tokens",
            "prompt_tokens", "promptTokens", "input_tokens", "inputTokens", "tokens.in", "tokens.input");

    public static final List<String> OUTPUT_TOKENS = List.of(
            "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens", "llm.token_count.completion",
            "llm.usage.completion_tokens", "ai.usage.outputTokens", "ai.usage.completionTokens",
            "braintrust.metrics.completion_tokens", "mlflow.chat.tokenUsage.output_tokens", "usage.output_tokens", "usage.completion_tokens",
            "completion_tokens", "completionTokens", "output_tokens", "outputTokens", "tokens.out", "tokens.output");

    public static final List<String> TOTAL_TOKENS = List.of(
            "gen_ai.usage.total_tokens", "llm.token_count.total", "llm.usage.total_tokens", "ai.usage.totalTokens",
            "braintrust.metrics.tokens", "mlflow.chat.tokenUsage.total_tokens", "usage.total_tokens", "total_tokens", "totalTokens", "tokens.total");

    /** Total cost in US dollars. */
    public static final List<String> COST_USD = List.of(
            "gen_ai.cost.total_cost", "gen_ai.usage.cost", "llm.cost.total", "llm.usage.cost",
            "hidden_params.response_cost", "braintrust.metrics.estimated_cost", "cost_usd", "total_cost", "cost");

    /** Input and output cost pairs, summed when no total is given. */
    public static final List<List<String>> COST_PARTS_USD = List.of(
            List.of("gen_ai.cost.input_cost", "gen_ai.cost.output_cost"),
            List.of("gen_ai.usage.input_cost", "gen_ai.usage.output_cost"),
            List.of("llm.cost.prompt", "llm.cost.completion"));

    /** Explicit agent names, strongest first. */
    public static final List<String> AGENT_NAME = List.of("gen_ai.agent.name", "agent.name", "agent_name");
    /** Workflow or function names that stand for the agent when no agent name is given. */
    public static final List<String> WORKFLOW_NAME = List.of(
            "traceloop.workflow.name", "ai.telemetry.functionId", "langsmith.trace.name");

    public static final List<String> TOOL_NAME = List.of("gen_ai.tool.name", "tool.name", "ai.toolCall.name");

    public static final List<String> INPUT = List.of(
            "gen_ai.input.messages", "gen_ai.prompt", "input.value", "ai.prompt.messages", "ai.prompt",
            "ai.toolCall.args", "gen_ai.tool.call.arguments", "gen_ai.tool.args", "mlflow.spanInputs", "traceloop.entity.input", "braintrust.input_json", "prompt");

    public static final List<String> OUTPUT = List.of(
            "gen_ai.output.messages", "gen_ai.completion", "output.value", "ai.response.text", "ai.response.toolCalls",
            "ai.toolCall.result", "gen_ai.tool.call.result", "gen_ai.output", "mlflow.spanOutputs", "traceloop.entity.output", "braintrust.output_json",
            "completion");

    /** Indexed message attributes joined in index order when no whole-message attribute is present. */
    public static final List<String[]> INDEXED_INPUT = List.of(
            new String[] {"gen_ai.prompt.", ".content"}, new String[] {"llm.input_messages.", ".message.content"});
    public static final List<String[]> INDEXED_OUTPUT = List.of(
            new String[] {"gen_ai.completion.", ".content"}, new String[] {"llm.output_messages.", ".message.content"});

    public static final List<String> SESSION_ID = List.of(
            "session.id", "gen_ai.conversation.id", "ai.telemetry.metadata.sessionId",
            "traceloop.association.properties.session_id", "langfuse.session.id");
    public static final List<String> USER_ID = List.of(
            "user.id", "enduser.id", "ai.telemetry.metadata.userId", "traceloop.association.properties.user_id",
            "langfuse.user.id", "user_id");
    public static final List<String> RETRIES = List.of("gen_ai.retry_count", "retry_count", "http.request.resend_count");
    public static final List<String> ERROR_TYPE = List.of("error.type", "exception.type");

    private GenAiAttributes() {
    }

    /** A copy with the {@link #PACKED} attributes unpacked into dotted names next to the original. */
    public static Map<String, String> unpack(Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>(attributes);
        for (String key : PACKED) {
            String v = attributes.get(key);
            if (v != null) {
                PackedValues.flatten(key, PackedValues.parse(v), out);
            }
        }
        return out;
    }

    /** The operation from the first convention that states one; tokens alone make a model call. */
    public static Operation operation(Map<String, String> a) {
        String v = lower(a.get("gen_ai.operation.name"));
        if (v != null) {
            switch (v) {
                case "chat", "text_completion", "generate_content", "completion", "responses", "call_llm":
                    return Operation.MODEL_CALL;
                case "embeddings", "embedding": return Operation.EMBEDDING;
                case "execute_tool": return Operation.TOOL;
                case "invoke_agent", "create_agent": return Operation.AGENT;
                case "chain", "invoke_workflow", "workflow": return Operation.WORKFLOW;
                default: break;
            }
        }
        v = lower(a.get("openinference.span.kind"));
        if (v != null) {
            switch (v) {
                case "llm": return Operation.MODEL_CALL;
                case "embedding": return Operation.EMBEDDING;
                case "tool": return Operation.TOOL;
                case "agent": return Operation.AGENT;
                case "chain": return Operation.WORKFLOW;
                case "retriever", "reranker": return Operation.RETRIEVAL;
                case "guardrail": return Operation.GUARDRAIL;
                default: return Operation.OTHER;
            }
        }
        v = lower(a.get("mlflow.spanType"));
        if (v != null) {
            switch (v) {
                case "llm", "chat_model": return Operation.MODEL_CALL;
                case "embedding": return Operation.EMBEDDING;
                case "tool": return Operation.TOOL;
                case "agent": return Operation.AGENT;
                case "chain": return Operation.WORKFLOW;
                case "retriever", "reranker": return Operation.RETRIEVAL;
                case "guardrail": return Operation.GUARDRAIL;
                default: return Operation.OTHER;
            }
        }
        v = lower(first(a, List.of("traceloop.span.kind", "langsmith.span.kind", "braintrust.span_attributes.type")));
        if (v != null) {
            switch (v) {
                case "llm": return Operation.MODEL_CALL;
                case "tool", "function": return Operation.TOOL;
                case "agent": return Operation.AGENT;
                case "workflow", "chain", "task": return Operation.WORKFLOW;
                case "retriever": return Operation.RETRIEVAL;
                case "embedding": return Operation.EMBEDDING;
                default: return Operation.OTHER;
            }
        }
        v = lower(a.get("llm.request.type"));
        if (v != null) {
            return v.startsWith("embed") ? Operation.EMBEDDING : Operation.MODEL_CALL;
        }
        v = a.get("ai.operationId");
        if (v != null) {
            if (v.endsWith(".doGenerate") || v.endsWith(".doStream")) return Operation.MODEL_CALL;
            if (v.endsWith(".doEmbed")) return Operation.EMBEDDING;
            if (v.equals("ai.toolCall")) return Operation.TOOL;
            return Operation.WORKFLOW;
        }
        if (first(a, TOOL_NAME) != null) {
            return Operation.TOOL;
        }
        if (first(a, AGENT_NAME) != null) {
            return Operation.AGENT;
        }
        if (inputTokens(a) != null || outputTokens(a) != null) {
            return Operation.MODEL_CALL;
        }
        return Operation.OTHER;
    }

    public static String model(Map<String, String> a) {
        return first(a, MODEL);
    }

    public static Long inputTokens(Map<String, String> a) {
        return Numbers.parseLong(first(a, INPUT_TOKENS));
    }

    public static Long outputTokens(Map<String, String> a) {
        return Numbers.parseLong(first(a, OUTPUT_TOKENS));
    }

    public static Long totalTokens(Map<String, String> a) {
        return Numbers.parseLong(first(a, TOTAL_TOKENS));
    }

    /** Cost in micro-dollars as the span states it, or null: never derived from a price table. */
    public static Long costMicros(Map<String, String> a) {
        Double usd = Numbers.parseDouble(first(a, COST_USD));
        if (usd == null) {
            for (List<String> pair : COST_PARTS_USD) {
                Double in = Numbers.parseDouble(a.get(pair.get(0)));
                Double out = Numbers.parseDouble(a.get(pair.get(1)));
                if (in != null || out != null) {
                    usd = (in == null ? 0 : in) + (out == null ? 0 : out);
                    break;
                }
            }
        }
        return usd == null ? null : Money.ofUsd(usd);
    }

    /** The agent name the span states, with its strength: 0 explicit, 1 workflow name, 2 Traceloop entity. */
    public static SpanRecord.AgentName agentName(Map<String, String> a) {
        String v = first(a, AGENT_NAME);
        if (v != null) {
            return new SpanRecord.AgentName(v, 0);
        }
        v = first(a, WORKFLOW_NAME);
        if (v != null) {
            return new SpanRecord.AgentName(v, 1);
        }
        String kind = lower(a.get("traceloop.span.kind"));
        v = a.get("traceloop.entity.name");
        if (v != null && ("agent".equals(kind) || "workflow".equals(kind))) {
            return new SpanRecord.AgentName(v, 2);
        }
        return null;
    }

    /** The tool name, also from Traceloop's entity name on tool spans. */
    public static String toolName(Map<String, String> a) {
        String v = first(a, TOOL_NAME);
        if (v == null && "tool".equals(lower(a.get("traceloop.span.kind")))) {
            v = a.get("traceloop.entity.name");
        }
        return v;
    }

    public static String input(Map<String, String> a) {
        String v = first(a, INPUT);
        return v != null ? v : indexed(a, INDEXED_INPUT);
    }

    public static String output(Map<String, String> a) {
        String v = first(a, OUTPUT);
        return v != null ? v : indexed(a, INDEXED_OUTPUT);
    }

    public static String sessionId(Map<String, String> a) {
        return first(a, SESSION_ID);
    }

    public static String userId(Map<String, String> a) {
        return first(a, USER_ID);
    }

    public static int retries(Map<String, String> a) {
        Long v = Numbers.parseLong(first(a, RETRIES));
        return v == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(v, Integer.MAX_VALUE));
    }

    public static String errorType(Map<String, String> a) {
        return first(a, ERROR_TYPE);
    }

    /** The value of the first listed name that is present and not blank. */
    public static String first(Map<String, String> a, List<String> names) {
        for (String name : names) {
            String v = a.get(name);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    // Indexed messages (gen_ai.prompt.0.content, .role): a JSON message list when roles are given, so the
    // user's turn can be told apart from the system prompt; else the contents joined.
    private static String indexed(Map<String, String> a, List<String[]> shapes) {
        for (String[] shape : shapes) {
            TreeMap<Integer, String> parts = new TreeMap<>();
            for (Map.Entry<String, String> e : a.entrySet()) {
                String k = e.getKey();
                if (k.startsWith(shape[0]) && k.endsWith(shape[1])) {
                    String mid = k.substring(shape[0].length(), k.length() - shape[1].length());
                    if (!mid.isEmpty() && mid.length() < 6 && mid.chars().allMatch(Character::isDigit)) {
                        parts.put(Integer.parseInt(mid), e.getValue());
                    }
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            String roleSuffix = shape[1].replace("content", "role");
            com.fasterxml.jackson.databind.node.ArrayNode messages = Json.MAPPER.createArrayNode();
            boolean roles = false;
            for (Map.Entry<Integer, String> p : parts.entrySet()) {
                String role = a.get(shape[0] + p.getKey() + roleSuffix);
                roles |= role != null;
                messages.addObject().put("role", role).put("content", p.getValue());
            }
            return roles ? messages.toString() : String.join("\n", parts.values());
        }
        return null;
    }

    private static String lower(String v) {
        return v == null || v.isBlank() ? null : v.trim().toLowerCase(Locale.ROOT);
    }
}
