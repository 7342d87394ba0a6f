package io.breakerboard.ingest.format.spans;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.format.trace.OtlpValues;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Trace and span ids as span dumps write them, made the same lowercase hex an OTLP export of the same span has:
 * decimal integers (any-agent dumps the SDK's int ids), {@code 0x}-prefixed hex (the Python console exporter),
 * plain or base64 hex (MLflow), and opaque ids such as the Agents SDK's {@code trace_…} kept as written.
 */
final class SpanIds {
    private SpanIds() {
    }

    /** The id, or null when absent, blank or zero. */
    static String of(JsonNode v, int hexDigits) {
        if (v == null || v.isNull() || v.isMissingNode() || v.isContainerNode()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            BigInteger n = v.bigIntegerValue();
            if (n.signum() <= 0) {
                return null;
            }
            String hex = n.toString(16);
            return hex.length() >= hexDigits ? hex : "0".repeat(hexDigits - hex.length()) + hex;
        }
        String t = v.asText().trim();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            t = t.substring(2);
            return t.isEmpty() || t.chars().allMatch(c -> c == '0') ? null : t.toLowerCase(Locale.ROOT);
        }
        return OtlpValues.id(t);
    }
}
