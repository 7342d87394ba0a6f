package io.breakerboard.ingest.format.langfuse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.trace.AttributeMapping;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.Money;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One Langfuse observation as a span record. GENERATION and EMBEDDING are model calls, TOOL a tool call,
 * RETRIEVER a memory recall, GUARDRAIL a guardrail, AGENT an agent span; SPAN takes the kind its OpenTelemetry
 * attributes (in {@code metadata.attributes}) state, else it is an event. Level ERROR, or a status message at a
 * level other than WARNING or DEBUG, is a failure.
 */
public final class LangfuseObservations {
    private LangfuseObservations() {
    }

    /** The record, or null when the observation is rejected (no valid start time). */
    public static SpanRecord read(JsonNode o, String traceId, long line, ParseSink sink) {
        String name = Json.text(o, "name");
        Instant start;
        Instant end;
        try {
            start = Json.instant(Json.field(o, "startTime"));
            end = Json.instant(Json.field(o, "endTime"));
        } catch (IllegalArgumentException e) {
            start = null;
            end = null;
        }
        if (start == null) {
            sink.reject(line, "observation '" + name + "' of trace " + traceId + " has no valid 'startTime'; "
                    + "the observation is skipped", Texts.cut(o.toString(), 8192));
            return null;
        }
        SpanRecord r = new SpanRecord();
        r.traceId = traceId;
        r.id = Json.text(o, "id");
        if (r.id == null) {
            r.id = "observation@" + start;
        }
        r.parentId = Json.text(o, "parentObservationId");
        r.spanName = name;
        r.start = start;
        r.end = end == null || end.isBefore(start) ? start : end;
        r.line = line;
        JsonNode metadata = metadata(Json.field(o, "metadata"));
        AttributeMapping.apply(r, attributes(Json.field(metadata, "attributes")));
        r.serviceName = Json.text(Json.field(metadata, "resourceAttributes"), "service.name");

        String type = Json.text(o, "type");
        type = type == null ? "SPAN" : type.toUpperCase(Locale.ROOT);
        r.agentSpan = r.agentSpan || type.equals("AGENT");
        switch (type) {
            case "GENERATION", "EMBEDDING" -> r.kind = StepKind.LLM_CALL;
            case "TOOL" -> r.kind = StepKind.TOOL_CALL;
            case "RETRIEVER" -> r.kind = StepKind.MEMORY_RECALL;
            case "GUARDRAIL" -> r.kind = StepKind.GUARDRAIL;
            case "SPAN" -> { } // keeps the kind its attributes state
            default -> r.kind = StepKind.EVENT;
        }
        String model = Json.text(o, "model");
        if (model != null) {
            r.model = model;
        }
        r.name = r.kind == StepKind.LLM_CALL && r.model != null ? r.model
                : r.kind == StepKind.TOOL_CALL && name != null && name.startsWith("execute_tool ")
                ? name.substring("execute_tool ".length()) : name;
        readUsage(o, r);
        String input = Texts.of(Json.field(o, "input"));
        String output = Texts.of(Json.field(o, "output"));
        if (input != null) {
            r.input = Texts.cut(input, Texts.MAX_TEXT);
        }
        if (output != null) {
            r.output = Texts.cut(output, Texts.MAX_TEXT);
        }
        String level = Json.text(o, "level");
        String status = Json.text(o, "statusMessage");
        boolean quietLevel = "WARNING".equalsIgnoreCase(level) || "DEBUG".equalsIgnoreCase(level);
        if ("ERROR".equalsIgnoreCase(level) || (status != null && !quietLevel)) {
            r.failed = true;
            r.errorMessage = status != null ? status : "observation level ERROR";
        }
        r.attribute("langfuse.type", type);
        r.attribute("langfuse.level", level);
        r.attribute("langfuse.statusMessage", status);
        return r;
    }

    private static void readUsage(JsonNode o, SpanRecord r) {
        JsonNode usage = Json.field(o, "usageDetails", "usage");
        Long in = Json.longField(usage, "input", "input_tokens", "prompt_tokens", "promptTokens");
        Long out = Json.longField(usage, "output", "output_tokens", "completion_tokens", "completionTokens");
        if (in == null && out == null) {
            in = Json.longField(o, "inputUsage", "promptTokens");
            out = Json.longField(o, "outputUsage", "completionTokens");
        }
        if (in == null && out == null) {
            in = Json.longField(usage, "total");
        }
        if (in != null || out != null) {
            r.inputTokens = in == null ? 0 : in;
            r.outputTokens = out == null ? 0 : out;
        }
        JsonNode costs = Json.field(o, "costDetails");
        Double usd = Json.doubleField(costs, "total");
        if (usd == null) {
            usd = Json.doubleField(o, "calculatedTotalCost", "totalCost");
        }
        if (usd == null && costs != null) {
            Double ci = Json.doubleField(costs, "input");
            Double co = Json.doubleField(costs, "output");
            usd = ci == null && co == null ? null : (ci == null ? 0 : ci) + (co == null ? 0 : co);
        }
        if (usd != null && usd >= 0) {
            r.costMicros = Money.ofUsd(usd);
        }
    }

    // Langfuse stores observation metadata as a JSON string or an object.
    private static JsonNode metadata(JsonNode m) {
        if (m != null && m.isTextual()) {
            try {
                return Json.parse(m.asText());
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        return m;
    }

    private static Map<String, String> attributes(JsonNode attrs) {
        Map<String, String> out = new LinkedHashMap<>();
        if (attrs != null && attrs.isObject()) {
            for (Map.Entry<String, JsonNode> e : attrs.properties()) {
                String v = Texts.of(e.getValue());
                if (v != null) {
                    out.put(e.getKey(), v);
                }
            }
        }
        return out;
    }
}
