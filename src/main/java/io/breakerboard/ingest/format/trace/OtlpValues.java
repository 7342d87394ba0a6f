package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.model.ValueRanges;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads OTLP/JSON value shapes: {@code AnyValue} in every variant (camelCase and snake_case), ids as hex or
 * base64, and int64 times written as text or as numbers.
 */
public final class OtlpValues {
    private static final String[] KINDS = {"UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER"};

    private OtlpValues() {
    }

    /** A {@code KeyValue} list as flat text values; kvlist values also appear under dotted names. */
    public static Map<String, String> attributes(JsonNode list) {
        Map<String, String> out = new LinkedHashMap<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode kv : list) {
            String key = Json.text(kv, "key");
            JsonNode value = kv.get("value");
            if (key == null || value == null) {
                continue;
            }
            JsonNode node = valueNode(value);
            if (node == null) {
                continue;
            }
            out.put(key, Texts.of(node));
            if (node.isObject()) {
                PackedValues.flatten(key, node, out);
            }
        }
        return out;
    }

    /** An {@code AnyValue} as a plain JSON value, or null when it is empty. */
    public static JsonNode valueNode(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            return v; // exporters that write bare values instead of AnyValue
        }
        JsonNode s = Json.field(v, "stringValue", "string_value", "intValue", "int_value", "doubleValue",
                "double_value", "boolValue", "bool_value", "bytesValue", "bytes_value");
        if (s != null) {
            return s;
        }
        JsonNode array = Json.field(v, "arrayValue", "array_value");
        if (array != null) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            JsonNode values = array.get("values");
            if (values != null) {
                for (JsonNode e : values) {
                    JsonNode n = valueNode(e);
                    out.add(n == null ? JsonNodeFactory.instance.nullNode() : n);
                }
            }
            return out;
        }
        JsonNode kvlist = Json.field(v, "kvlistValue", "kvlist_value");
        if (kvlist != null) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            JsonNode values = kvlist.get("values");
            if (values != null) {
                for (JsonNode kv : values) {
                    String key = Json.text(kv, "key");
                    JsonNode n = valueNode(kv.get("value"));
                    if (key != null && n != null) {
                        out.set(key, n);
                    }
                }
            }
            return out;
        }
        return null;
    }

    /** A trace or span id as lowercase hex; base64 ids (protobuf JSON mapping) are converted. Null when blank. */
    public static String id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim();
        if (t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return t.chars().allMatch(c -> c == '0') ? null : t.toLowerCase(Locale.ROOT);
        }
        try {
            return HexFormat.of().formatHex(Base64.getDecoder().decode(t));
        } catch (IllegalArgumentException notBase64) {
            return t;
        }
    }

    /**
     * Unix nanoseconds as text or number; null when absent or zero. OTLP writes them as an unsigned 64-bit
     * {@code fixed64}, so they are read unsigned: a time past the signed range (after 2262) is refused by name
     * instead of wrapping to 1969 or stopping at 2262.
     *
     * @throws IllegalArgumentException when the value is negative or past what 64 bits hold as a signed time
     */
    public static Instant nanos(JsonNode v) {
        Long n = unsignedNanos(v);
        if (n == null || n == 0) {
            return null;
        }
        if (n < 0) {
            throw new IllegalArgumentException(Long.toUnsignedString(n) + " ns is after 2262-04-11, outside "
                    + ValueRanges.EARLIEST + ".." + ValueRanges.LATEST);
        }
        return Timestamps.fromEpochNanos(n);
    }

    // The 64 bits as written; a fraction or an exponent takes the lenient way of other numbers.
    private static Long unsignedNanos(JsonNode v) {
        if (v != null && v.isIntegralNumber()) {
            BigInteger b = v.bigIntegerValue();
            if (b.signum() < 0 || b.bitLength() > 64) {
                throw new IllegalArgumentException(b + " is not Unix nanoseconds (an unsigned 64-bit number)");
            }
            return b.longValue();
        }
        if (v != null && v.isTextual()) {
            String t = v.asText().trim();
            if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                try {
                    return Long.parseUnsignedLong(t);
                } catch (NumberFormatException tooLong) {
                    throw new IllegalArgumentException(t + " is not Unix nanoseconds (an unsigned 64-bit number)");
                }
            }
        }
        Long n = Json.longValue(v);
        if (n != null && (n < 0 || n == Long.MAX_VALUE)) {
            throw new IllegalArgumentException(v.asText() + " is not Unix nanoseconds (an unsigned 64-bit number)");
        }
        return n;
    }

    /** A span kind as its short name ({@code CLIENT}), from a number or {@code SPAN_KIND_CLIENT}. */
    public static String kind(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            int k = v.asInt();
            return k >= 0 && k < KINDS.length ? KINDS[k] : String.valueOf(k);
        }
        String s = v.asText();
        return s.startsWith("SPAN_KIND_") ? s.substring("SPAN_KIND_".length()) : s;
    }

    /** True for status code 2, "2", {@code STATUS_CODE_ERROR} or {@code ERROR}. */
    public static boolean isErrorStatus(JsonNode status) {
        JsonNode code = Json.field(status, "code");
        if (code == null) {
            return false;
        }
        if (code.isNumber()) {
            return code.asInt() == 2;
        }
        String c = code.asText().trim().toUpperCase(Locale.ROOT);
        return c.equals("2") || c.equals("STATUS_CODE_ERROR") || c.equals("ERROR");
    }
}
