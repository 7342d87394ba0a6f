package io.breakerboard.ingest.format.spans;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.ingest.format.trace.Json;
import java.time.Instant;

/**
 * Span times as span dumps write them: Unix nanoseconds (Python SDK {@code to_json}, any-agent, MLflow), JavaScript
 * high-resolution tuples {@code [seconds, nanos]}, ISO-8601 text (console exporter, Phoenix, Agents SDK) or epoch
 * seconds and milliseconds as numbers.
 */
final class SpanTimes {
    private SpanTimes() {
    }

    /**
     * The time, or null when absent or zero.
     *
     * @throws IllegalArgumentException naming the value when it is no time
     */
    static Instant of(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isArray()) {
            if (v.size() != 2 || !v.get(0).canConvertToLong() || !v.get(1).canConvertToLong()) {
                throw new IllegalArgumentException("time tuple " + v + " is not [seconds, nanoseconds]");
            }
            long seconds = v.get(0).asLong();
            long nanos = v.get(1).asLong();
            return seconds == 0 && nanos == 0 ? null : Instant.ofEpochSecond(seconds, nanos);
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return whole(v.asLong());
        }
        if (v.isTextual() && !v.asText().isBlank() && v.asText().chars().allMatch(Character::isDigit)) {
            Long n = Json.longValue(v);
            if (n == null) {
                throw new IllegalArgumentException("time " + v.asText() + " is out of range");
            }
            return whole(n);
        }
        return Json.instant(v);
    }

    // Whole numbers keep their nanoseconds exactly; a double would round them away.
    private static Instant whole(long n) {
        if (n == 0) {
            return null;
        }
        return Math.abs(n) >= 100_000_000_000_000_000L ? Timestamps.fromEpochNanos(n) : Timestamps.fromEpochNumber(n);
    }
}
