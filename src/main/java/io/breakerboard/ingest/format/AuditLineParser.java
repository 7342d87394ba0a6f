package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.ingest.Durations;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads one audit line into the step it records and the session it belongs to. */
final class AuditLineParser {
    static final String TIMESTAMP = "timestamp";
    static final String SESSION_ID = "session_id";
    static final String AGENT_STEP = "agent_step";
    static final String TOOL_NAME = "tool_name";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KNOWN = Set.of(TIMESTAMP, SESSION_ID, AGENT_STEP, TOOL_NAME, "user_id",
            "tool_args", "tool_result_summary", "cost_usd", "latency_ms", "success", "error", "agent", "model",
            "tokens", "input_tokens", "output_tokens");

    /** One parsed audit line. */
    record Entry(String sessionId, String userId, String agent, String model, Step step) {
    }

    private AuditLineParser() {
    }

    static Entry parse(String line) throws JsonProcessingException, RecordProblem {
        JsonNode n = MAPPER.readTree(line);
        if (n == null || !n.isObject()) {
            throw new RecordProblem("expected one JSON object per line");
        }
        String session = text(n, SESSION_ID);
        if (session == null || session.isBlank()) {
            throw RecordProblem.missing(SESSION_ID);
        }
        Instant at = time(n);
        String tool = text(n, TOOL_NAME);
        String model = text(n, "model");
        String error = text(n, "error");
        Boolean success = n.hasNonNull("success") ? bool(n.get("success")) : null;
        boolean failed = Boolean.FALSE.equals(success) || (error != null && !error.isBlank());
        String result = text(n, "tool_result_summary");

        Step.Builder b = Step.builder(kind(n, tool, model)).name(tool != null ? tool : model).at(at)
                .input(text(n, "tool_args")).output(result != null ? result : error)
                .costMicros(n.hasNonNull("cost_usd") ? JsonValues.micros(n.get("cost_usd").asText(), "cost_usd") : 0)
                .attributes(extras(n, error));
        if (n.hasNonNull("latency_ms")) {
            b.duration(latency(n.get("latency_ms")));
        }
        tokens(n, b);
        if (failed) {
            b.failed(true).errorKind(ErrorKind.classify(error != null ? error : result));
        }
        return new Entry(session, text(n, "user_id"), text(n, "agent"), model, b.build());
    }

    private static StepKind kind(JsonNode n, String tool, String model) {
        JsonNode step = n.get(AGENT_STEP);
        if (step != null && step.isTextual()) {
            StepKind k = StepKind.parse(step.asText());
            if (k != StepKind.EVENT || "event".equalsIgnoreCase(step.asText().trim())) {
                return k;
            }
        }
        if (tool != null) {
            return StepKind.TOOL_CALL;
        }
        if (model != null || n.hasNonNull("tokens") || n.hasNonNull("input_tokens")) {
            return StepKind.LLM_CALL;
        }
        return StepKind.EVENT;
    }

    private static Instant time(JsonNode n) throws RecordProblem {
        JsonNode t = n.get(TIMESTAMP);
        if (t == null || t.isNull()) {
            throw RecordProblem.missing(TIMESTAMP);
        }
        try {
            return t.isNumber() ? Timestamps.fromEpochNumber(t.asDouble()) : Timestamps.parse(t.asText());
        } catch (IllegalArgumentException e) {
            throw RecordProblem.invalid(TIMESTAMP, e.getMessage() + "; use ISO-8601 such as 2024-10-15T14:23:01Z");
        }
    }

    private static java.time.Duration latency(JsonNode v) throws RecordProblem {
        try {
            return v.isNumber() ? Durations.ofMillis(v.asDouble()) : Durations.parse(v.asText(), 1);
        } catch (IllegalArgumentException e) {
            throw RecordProblem.invalid("latency_ms", e.getMessage());
        }
    }

    /** {@code tokens} as one total (counted as input), as {input, output}, or input_tokens/output_tokens. */
    private static void tokens(JsonNode n, Step.Builder b) throws RecordProblem {
        JsonNode t = n.get("tokens");
        if (t != null && t.isObject()) {
            b.inputTokens(whole(first(t, "input", "prompt", "input_tokens", "prompt_tokens"), "tokens.input"));
            b.outputTokens(whole(first(t, "output", "completion", "output_tokens", "completion_tokens"), "tokens.output"));
        } else if (t != null && !t.isNull()) {
            b.inputTokens(whole(t, "tokens"));
        }
        if (n.hasNonNull("input_tokens")) {
            b.inputTokens(whole(n.get("input_tokens"), "input_tokens"));
        }
        if (n.hasNonNull("output_tokens")) {
            b.outputTokens(whole(n.get("output_tokens"), "output_tokens"));
        }
    }

    private static JsonNode first(JsonNode obj, String... names) {
        for (String name : names) {
            if (obj.hasNonNull(name)) {
                return obj.get(name);
            }
        }
        return null;
    }

    private static long whole(JsonNode v, String field) throws RecordProblem {
        if (v == null) {
            return 0;
        }
        if (v.canConvertToLong() && v.isIntegralNumber()) {
            return v.asLong();
        }
        try {
            return Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw RecordProblem.invalid(field, "expected a whole number, found '" + v.asText() + "'");
        }
    }

    private static Boolean bool(JsonNode v) throws RecordProblem {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        Boolean b = JsonValues.parseBool(v.asText());
        if (b == null) {
            throw RecordProblem.invalid("success", "expected true or false, found '" + v.asText() + "'");
        }
        return b;
    }

    private static Map<String, String> extras(JsonNode n, String error) {
        Map<String, String> extra = new LinkedHashMap<>();
        if (error != null && !error.isBlank()) {
            extra.put("error", error);
        }
        JsonNode step = n.get(AGENT_STEP);
        if (step != null && !step.isNull()) {
            extra.put(AGENT_STEP, step.asText());
        }
        for (Map.Entry<String, JsonNode> f : n.properties()) {
            if (!KNOWN.contains(f.getKey()) && !f.getValue().isNull()) {
                extra.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
            }
        }
        return extra.isEmpty() ? Map.of() : extra;
    }

    /** A field as text: scalars as written, objects and arrays as compact JSON; null when absent. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
