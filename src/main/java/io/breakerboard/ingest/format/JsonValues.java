package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.breakerboard.ingest.Durations;
import io.breakerboard.ingest.Timestamps;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads one JSON value from a streaming parser standing on it, with a reason naming the field when the value
 * has the wrong shape. Numbers may also arrive as strings, as loosely typed logs write them.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** Text of a scalar; objects and arrays are refused. */
    static String text(JsonParser p, String field) throws IOException, RecordProblem {
        JsonToken t = p.currentToken();
        if (t.isScalarValue()) {
            return p.getText();
        }
        throw RecordProblem.invalid(field, "expected text, found " + describe(t));
    }

    static long whole(JsonParser p, String field) throws IOException, RecordProblem {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_FLOAT) {
            String s = p.getText().trim();
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw RecordProblem.invalid(field, "expected a whole number, found '" + s + "'");
            }
        }
        throw RecordProblem.invalid(field, "expected a whole number, found " + describe(t));
    }

    /** A finite number; a string holding one is read too. */
    static double decimal(JsonParser p, String field) throws IOException, RecordProblem {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            try {
                double v = Double.parseDouble(s);
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw RecordProblem.invalid(field, "expected a finite number, found '" + s + "'");
        }
        throw RecordProblem.invalid(field, "expected a number, found " + describe(t));
    }

    static int count(JsonParser p, String field) throws IOException, RecordProblem {
        long v = whole(p, field);
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw RecordProblem.invalid(field, "expected a count, found " + v);
        }
        return (int) v;
    }

    /** Dollars as micro-dollars; a string may carry a {@code $}. */
    static long micros(JsonParser p, String field) throws IOException, RecordProblem {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
            return micros(p.getText(), field);
        }
        throw RecordProblem.invalid(field, "expected a dollar amount, found " + describe(t));
    }

    static long micros(String text, String field) throws RecordProblem {
        String s = text.trim();
        if (s.startsWith("$")) {
            s = s.substring(1);
        }
        try {
            return Decimals.parse(s, 6);
        } catch (NumberFormatException e) {
            throw RecordProblem.invalid(field, "expected a dollar amount, found '" + text + "'");
        }
    }

    /** Milliseconds, exact to the nanosecond; a string may carry a unit ({@code 1.2s}). */
    static Duration millis(JsonParser p, String field) throws IOException, RecordProblem {
        JsonToken t = p.currentToken();
        try {
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return Duration.ofMillis(p.getLongValue());
            }
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                return Duration.ofNanos(Decimals.parse(p.getText(), 6));
            }
            if (t == JsonToken.VALUE_STRING) {
                return Durations.parse(p.getText(), 1);
            }
        } catch (IllegalArgumentException e) {
            throw RecordProblem.invalid(field, e.getMessage());
        }
        throw RecordProblem.invalid(field, "expected milliseconds, found " + describe(t));
    }

    /** ISO-8601 text or an epoch number. */
    static Instant instant(JsonParser p, String field) throws IOException, RecordProblem {
        JsonToken t = p.currentToken();
        try {
            if (t == JsonToken.VALUE_STRING) {
                return Timestamps.parse(p.getText());
            }
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return Timestamps.fromEpochNumber(p.getDoubleValue());
            }
        } catch (IllegalArgumentException e) {
            throw RecordProblem.invalid(field, e.getMessage() + "; use ISO-8601 such as 2024-10-15T14:23:01Z");
        }
        throw RecordProblem.invalid(field, "expected an ISO-8601 time, found " + describe(t));
    }

    static boolean bool(JsonParser p, String field) throws IOException, RecordProblem {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_STRING) {
            Boolean b = parseBool(p.getText());
            if (b != null) {
                return b;
            }
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue() != 0;
        }
        throw RecordProblem.invalid(field, "expected true or false, found " + describe(t));
    }

    /** true/false/yes/no/1/0 in any case; null for anything else. */
    static Boolean parseBool(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": case "ok": return Boolean.TRUE;
            case "false": case "no": case "0": return Boolean.FALSE;
            default: return null;
        }
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "text";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.asString() == null ? t.name() : "'" + t.asString() + "'";
        }
    }
}
