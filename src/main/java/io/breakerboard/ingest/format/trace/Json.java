package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.model.Saturating;
import java.time.Instant;

/** Small, null-safe readers over Jackson trees, shared by the trace formats. */
public final class Json {
    /** Configured once; Jackson mappers are thread-safe after configuration. */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader WHOLE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** Parses one complete JSON value, failing on trailing text. */
    public static JsonNode parse(String text) throws JsonProcessingException {
        return WHOLE.readTree(text);
    }

    /** Reads the value the parser stands on as a tree. */
    public static JsonNode tree(com.fasterxml.jackson.core.JsonParser p) throws java.io.IOException {
        JsonNode node = MAPPER.readTree(p);
        return node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
    }

    /** The first of the named fields that is present and not JSON null, or null. */
    public static JsonNode field(JsonNode node, String... names) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull() && !v.isMissingNode()) {
                return v;
            }
        }
        return null;
    }

    /** The first named field as text (numbers and booleans as written), or null when absent or blank. */
    public static String text(JsonNode node, String... names) {
        JsonNode v = field(node, names);
        if (v == null || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** A whole number from a number or numeric text, or null. */
    public static Long longValue(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return Math.round(v.asDouble());
        }
        return Numbers.parseLong(v.asText());
    }

    /** A number from a number or numeric text, or null. */
    public static Double doubleValue(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        return Numbers.parseDouble(v.asText());
    }

    /** The first named field as a whole number, or null. */
    public static Long longField(JsonNode node, String... names) {
        return longValue(field(node, names));
    }

    /** The first named field as a number, or null. */
    public static Double doubleField(JsonNode node, String... names) {
        return doubleValue(field(node, names));
    }

    /** True when the named field is the JSON boolean true or the text "true". */
    public static boolean isTrue(JsonNode node, String name) {
        JsonNode v = field(node, name);
        return v != null && (v.isBoolean() ? v.booleanValue() : "true".equalsIgnoreCase(v.asText()));
    }

    /**
     * A time from ISO text or an epoch number (seconds, milliseconds, micro- or nanoseconds).
     *
     * @throws IllegalArgumentException naming the value when it is no time
     */
    public static Instant instant(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return Timestamps.fromEpochNumber(v.asDouble());
        }
        return Timestamps.parse(v.asText());
    }

    /**
     * A time, or null when absent; a value that is no time is handed to {@code sink} with its line and ignored.
     */
    public static Instant time(JsonNode v, long line, ParseSink sink) {
        try {
            return instant(v);
        } catch (IllegalArgumentException e) {
            sink.reject(line, "unreadable time " + v + " (" + e.getMessage() + "); the value is ignored", "");
            return null;
        }
    }

    /**
     * The sum of counts as written (0 for an absent one). A negative count is not made 0: the sum is then negative,
     * so the import's range check refuses the record by name instead of hiding what the file said.
     */
    public static long countSum(JsonNode node, String... fields) {
        long[] counts = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Long v = longField(node, fields[i]);
            counts[i] = v == null ? 0 : v;
        }
        return sumOfCounts(counts);
    }

    /** Counts added without wrapping; the first negative one instead, so that it is refused rather than hidden. */
    public static long sumOfCounts(long... counts) {
        long sum = 0;
        for (long c : counts) {
            if (c < 0) {
                return c;
            }
            sum = Saturating.add(sum, c);
        }
        return sum;
    }
}
