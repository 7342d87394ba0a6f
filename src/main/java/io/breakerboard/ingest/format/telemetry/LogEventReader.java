package io.breakerboard.ingest.format.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.ingest.format.otlpproto.ProtoSpans;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.OtlpValues;
import io.breakerboard.ingest.format.trace.Texts;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the log records of an OTLP {@code ExportLogsServiceRequest} (or {@code LogsData}, the same shape) into
 * {@link LogEvent}s, from OTLP/JSON through Jackson or from protobuf through the official OTLP classes.
 */
public final class LogEventReader {
    /** The longest body taken as an event name. */
    private static final int MAX_NAME = 200;

    private LogEventReader() {
    }

    /** Reads a JSON document; returns how many records it held. */
    public static long readJson(JsonNode root, long message, Consumer<LogEvent> out) {
        long count = 0;
        JsonNode resources = Json.field(root, "resourceLogs", "resource_logs");
        if (resources == null || !resources.isArray()) {
            return 0;
        }
        for (JsonNode rl : resources) {
            JsonNode resource = rl.get("resource");
            Map<String, String> resourceAttributes = OtlpValues.attributes(resource == null ? null
                    : resource.get("attributes"));
            JsonNode scopes = Json.field(rl, "scopeLogs", "scope_logs");
            if (scopes == null || !scopes.isArray()) {
                continue;
            }
            for (JsonNode sl : scopes) {
                JsonNode records = Json.field(sl, "logRecords", "log_records");
                if (records == null || !records.isArray()) {
                    continue;
                }
                for (JsonNode r : records) {
                    count++;
                    Map<String, String> attributes = OtlpValues.attributes(r.get("attributes"));
                    JsonNode bodyNode = OtlpValues.valueNode(r.get("body"));
                    String body = bodyNode == null ? null : Texts.of(bodyNode);
                    Instant time = firstTime(r, attributes);
                    out.accept(new LogEvent(name(Json.text(r, "eventName", "event_name"), attributes, body), body,
                            time, attributes, resourceAttributes, message));
                }
            }
        }
        return count;
    }

    /** Reads decoded protobuf resources; returns how many records they held. */
    public static long readProto(List<ResourceLogs> resources, long message, Consumer<LogEvent> out) {
        long count = 0;
        for (ResourceLogs rl : resources) {
            Map<String, String> resourceAttributes = ProtoSpans.attributes(rl.getResource().getAttributesList());
            for (ScopeLogs sl : rl.getScopeLogsList()) {
                for (LogRecord r : sl.getLogRecordsList()) {
                    count++;
                    Map<String, String> attributes = ProtoSpans.attributes(r.getAttributesList());
                    String body = r.getBody().getValueCase() == AnyValue.ValueCase.STRING_VALUE
                            ? r.getBody().getStringValue() : null;
                    long nanos = r.getTimeUnixNano() != 0 ? r.getTimeUnixNano() : r.getObservedTimeUnixNano();
                    Instant time = nanos > 0 ? Timestamps.fromEpochNanos(nanos) : attributeTime(attributes);
                    out.accept(new LogEvent(name(r.getEventName(), attributes, body), body, time, attributes,
                            resourceAttributes, message));
                }
            }
        }
        return count;
    }

    private static Instant firstTime(JsonNode r, Map<String, String> attributes) {
        try {
            Instant t = OtlpValues.nanos(Json.field(r, "timeUnixNano", "time_unix_nano"));
            if (t == null) {
                t = OtlpValues.nanos(Json.field(r, "observedTimeUnixNano", "observed_time_unix_nano"));
            }
            return t != null ? t : attributeTime(attributes);
        } catch (IllegalArgumentException outOfRange) {
            return attributeTime(attributes);
        }
    }

    private static Instant attributeTime(Map<String, String> attributes) {
        String t = attributes.get("event.timestamp");
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Timestamps.parse(t);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String name(String eventName, Map<String, String> attributes, String body) {
        if (eventName != null && !eventName.isBlank()) {
            return eventName;
        }
        String attribute = attributes.get("event.name");
        if (attribute != null && !attribute.isBlank()) {
            // Claude Code writes the short name here and the full one in the body.
            return AgentCli.ofEventName(attribute) == null && AgentCli.ofEventName(body) != null ? body : attribute;
        }
        return body != null && body.length() <= MAX_NAME && !body.contains(" ") ? body : null;
    }
}
