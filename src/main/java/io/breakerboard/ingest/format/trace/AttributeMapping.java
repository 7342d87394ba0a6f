package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.StepKind;
import java.util.Map;
import java.util.Set;

/** Fills a {@link SpanRecord} from flat span attributes through the {@link GenAiAttributes} alias table. */
public final class AttributeMapping {
    private static final Set<String> KEPT_IN_FIELDS = Set.of(
            "gen_ai.input.messages", "gen_ai.output.messages", "input.value", "output.value",
            "traceloop.entity.input", "traceloop.entity.output", "braintrust.input_json", "braintrust.output_json");

    private AttributeMapping() {
    }

    /**
     * Sets kind, name, model, tokens, cost, agent name, texts, session, user and retries from the attributes,
     * and keeps the attributes on the record. Values the reader already set (e.g. a status error) are kept.
     */
    public static void apply(SpanRecord r, Map<String, String> raw) {
        Map<String, String> a = GenAiAttributes.unpack(raw);
        GenAiAttributes.Operation op = GenAiAttributes.operation(a);
        r.kind = kindOf(op);
        r.agentSpan = op == GenAiAttributes.Operation.AGENT;
        r.model = GenAiAttributes.model(a);
        Long in = GenAiAttributes.inputTokens(a);
        Long out = GenAiAttributes.outputTokens(a);
        if (in == null && out == null) {
            // Only a total is stated: it is counted as input so totals stay right; the split is unknown.
            in = GenAiAttributes.totalTokens(a);
        }
        r.inputTokens = in == null ? 0 : in;
        r.outputTokens = out == null ? 0 : out;
        r.costMicros = GenAiAttributes.costMicros(a);
        r.agentName = GenAiAttributes.agentName(a);
        r.input = Texts.cut(GenAiAttributes.input(a), Texts.MAX_TEXT);
        r.output = Texts.cut(GenAiAttributes.output(a), Texts.MAX_TEXT);
        r.sessionId = GenAiAttributes.sessionId(a);
        r.userId = GenAiAttributes.userId(a);
        r.retries = GenAiAttributes.retries(a);
        String errorType = GenAiAttributes.errorType(a);
        if (errorType != null && !"_OTHER".equals(errorType)) {
            r.failed = true;
            if (r.errorMessage == null) {
                r.errorMessage = errorType;
            }
        }
        r.name = switch (r.kind) {
            case LLM_CALL -> r.model != null ? r.model : r.spanName;
            case TOOL_CALL -> {
                String tool = GenAiAttributes.toolName(a);
                yield tool != null ? tool : stripPrefix(r.spanName, "execute_tool ");
            }
            default -> r.spanName;
        };
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (!KEPT_IN_FIELDS.contains(e.getKey())) {
                r.attribute(e.getKey(), e.getValue());
            }
        }
    }

    /** The step kind of an operation. */
    public static StepKind kindOf(GenAiAttributes.Operation op) {
        return switch (op) {
            case MODEL_CALL, EMBEDDING -> StepKind.LLM_CALL;
            case TOOL -> StepKind.TOOL_CALL;
            case RETRIEVAL -> StepKind.MEMORY_RECALL;
            case GUARDRAIL -> StepKind.GUARDRAIL;
            default -> StepKind.EVENT;
        };
    }

    private static String stripPrefix(String name, String prefix) {
        return name != null && name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
