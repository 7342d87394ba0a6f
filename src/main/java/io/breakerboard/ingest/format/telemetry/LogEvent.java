package io.breakerboard.ingest.format.telemetry;

import java.time.Instant;
import java.util.Map;

/**
 * One OpenTelemetry log record, reduced to what agent-CLI telemetry needs; OTLP/JSON and protobuf read into the
 * same shape.
 *
 * @param eventName  the record's {@code event_name}, else its {@code event.name} attribute, else its body when
 *                   the body is a short text; null when none
 * @param body       the body as text; may be null
 * @param time       the record's time, else its observed time, else its {@code event.timestamp} attribute; may be
 *                   null
 * @param attributes the record's attributes as text
 * @param resource   its resource's attributes as text
 * @param message    the request (or file line) it came in, for messages
 */
public record LogEvent(String eventName, String body, Instant time, Map<String, String> attributes,
                       Map<String, String> resource, long message) {

    /** An attribute of the record, else of its resource; null when neither has it or it is blank. */
    public String value(String key) {
        String v = attributes.get(key);
        if (v == null || v.isBlank()) {
            v = resource.get(key);
        }
        return v == null || v.isBlank() ? null : v;
    }
}
