package io.breakerboard.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.Durations;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one cost document into an execution: one {@code LLM_CALL} step per agent entry of {@code costs} (named
 * after the entry's {@code model} when it has one, else after the agent) and one {@code TOOL_CALL} step for the
 * {@code tools} entry, whose {@code api_calls} become the execution's tool calls. A single {@code tokens}
 * number counts as input tokens; {@code {"input": n, "output": m}} is split.
 *
 * <p>The execution's agent is the document's {@code agent} field, else the first agent entry of {@code costs}.
 * Its cost is {@code total_cost}, else the sum of the entries. A document must carry its time in
 * {@code timestamp} or {@code started_at}: a cost document without one is rejected, because a file's
 * modification time says when it was written, not when the run happened.
 */
final class CostDocument {
    static final String TOOLS = "tools";

    private CostDocument() {
    }

    static Execution toExecution(JsonNode doc) throws RecordProblem {
        if (!doc.isObject()) {
            throw new RecordProblem("expected a JSON object with execution_id and costs");
        }
        String id = text(doc, "execution_id");
        if (id == null || id.isBlank()) {
            throw RecordProblem.missing("execution_id");
        }
        JsonNode costs = doc.get("costs");
        if (costs == null || !costs.isObject()) {
            throw costs == null ? RecordProblem.missing("costs") : RecordProblem.invalid("costs", "expected an object");
        }
        Instant start = start(doc);
        String agent = text(doc, "agent");
        Execution.Builder b = Execution.builder(id).startedAt(start).sessionId(text(doc, "session_id"))
                .userId(text(doc, "user_id")).model(text(doc, "model")).task(text(doc, "task"));
        int apiCalls = 0;
        for (Map.Entry<String, JsonNode> entry : costs.properties()) {
            String name = entry.getKey();
            JsonNode v = entry.getValue();
            if (!v.isObject()) {
                throw RecordProblem.invalid("costs." + name, "expected an object with tokens and cost");
            }
            long cost = v.hasNonNull("cost") ? JsonValues.micros(v.get("cost").asText(), "costs." + name + ".cost") : 0;
            if (TOOLS.equals(name)) {
                int calls = (int) whole(v.get("api_calls"), "costs.tools.api_calls");
                apiCalls += calls;
                b.addStep(Step.builder(StepKind.TOOL_CALL).name(TOOLS).costMicros(cost)
                        .attributes(Map.of("api_calls", Integer.toString(calls))).build());
                continue;
            }
            agent = agent != null ? agent : name;
            String model = text(v, "model");
            Step.Builder s = Step.builder(StepKind.LLM_CALL).name(model != null ? model : name).costMicros(cost)
                    .attributes(Map.of("agent", name));
            JsonNode tokens = v.get("tokens");
            if (tokens != null && tokens.isObject()) {
                s.inputTokens(whole(tokens.get("input"), "costs." + name + ".tokens.input"));
                s.outputTokens(whole(tokens.get("output"), "costs." + name + ".tokens.output"));
            } else {
                s.inputTokens(whole(tokens, "costs." + name + ".tokens"));
            }
            b.addStep(s.build());
        }
        b.agent(agent).toolCalls(apiCalls).toolFailures(0);
        if (doc.hasNonNull("total_cost")) {
            b.costMicros(JsonValues.micros(doc.get("total_cost").asText(), "total_cost"));
        }
        if (doc.hasNonNull("duration_ms")) {
            try {
                JsonNode d = doc.get("duration_ms");
                b.duration(d.isNumber() ? Durations.ofMillis(d.asDouble()) : Durations.parse(d.asText(), 1));
            } catch (IllegalArgumentException e) {
                throw RecordProblem.invalid("duration_ms", e.getMessage());
            }
        }
        outcome(doc, b);
        return b.build();
    }

    private static void outcome(JsonNode doc, Execution.Builder b) throws RecordProblem {
        String outcome = text(doc, "outcome");
        String error = text(doc, "error");
        if (outcome != null) {
            switch (outcome.trim().toLowerCase(Locale.ROOT)) {
                case "success": b.outcome(Outcome.SUCCESS); break;
                case "failure": b.outcome(Outcome.FAILURE); break;
                case "partial": b.outcome(Outcome.PARTIAL); break;
                default: throw RecordProblem.invalid("outcome", "expected success, failure or partial, found '" + outcome + "'");
            }
        } else if (error != null && !error.isBlank()) {
            b.outcome(Outcome.FAILURE);
        }
        if (error != null) {
            b.errorMessage(error).errorKind(ErrorKind.parse(text(doc, "error_kind")));
        }
    }

    private static Instant start(JsonNode doc) throws RecordProblem {
        String field = doc.hasNonNull("timestamp") ? "timestamp" : doc.hasNonNull("started_at") ? "started_at" : null;
        if (field == null) {
            throw new RecordProblem("no 'timestamp' or 'started_at': a cost document needs the time of its run; add e.g. "
                    + "\"timestamp\": \"2024-10-15T14:23:01Z\"");
        }
        JsonNode t = doc.get(field);
        try {
            return t.isNumber() ? Timestamps.fromEpochNumber(t.asDouble()) : Timestamps.parse(t.asText());
        } catch (IllegalArgumentException e) {
            throw RecordProblem.invalid(field, e.getMessage() + "; use ISO-8601 such as 2024-10-15T14:23:01Z");
        }
    }

    private static long whole(JsonNode v, String field) throws RecordProblem {
        if (v == null || v.isNull()) {
            return 0;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        try {
            return Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw RecordProblem.invalid(field, "expected a whole number, found '" + v.asText() + "'");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
