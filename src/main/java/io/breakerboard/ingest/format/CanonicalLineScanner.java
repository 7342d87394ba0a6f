package io.breakerboard.ingest.format;

import io.breakerboard.ingest.Durations;
import io.breakerboard.ingest.Timestamps;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads the usual canonical line straight from its bytes, without a JSON library: one flat object of the fields
 * {@link CanonicalJsonWriter} writes, whose values are strings without escapes, numbers, true, false or null. On
 * anything else (steps, other fields, nested values, escapes, malformed JSON) and on any value a field refuses, it
 * gives up and returns null, so that
 * {@link CanonicalLineParser} reads the line and says what is wrong. What it returns is what the parser returns
 * for the same line; it only does it with less work, which counts when a file holds millions of lines.
 */
final class CanonicalLineScanner {
    private static final byte[][] NAMES = names(CanonicalFields.EXECUTION_ID, CanonicalFields.AGENT,
            CanonicalFields.TASK, CanonicalFields.STARTED_AT, CanonicalFields.DURATION_MS, CanonicalFields.OUTCOME,
            CanonicalFields.ERROR_KIND, CanonicalFields.ERROR, CanonicalFields.MODEL, CanonicalFields.INPUT_TOKENS,
            CanonicalFields.OUTPUT_TOKENS, CanonicalFields.COST_USD, CanonicalFields.RETRIES, CanonicalFields.ITERATIONS,
            CanonicalFields.TOOL_CALLS, CanonicalFields.TOOL_FAILURES, CanonicalFields.USER_ID,
            CanonicalFields.SESSION_ID, CanonicalFields.PATTERN, CanonicalFields.STEPS);
    private static final int KEY = 0, AGENT = 1, TASK = 2, STARTED = 3, DURATION = 4, OUTCOME = 5, ERROR_KIND = 6,
            ERROR = 7, MODEL = 8, INPUT_TOKENS = 9, OUTPUT_TOKENS = 10, COST = 11, RETRIES = 12, ITERATIONS = 13,
            TOOL_CALLS = 14, TOOL_FAILURES = 15, USER = 16, SESSION = 17, PATTERN = 18, STEPS = 19,
            UNKNOWN = -1;

    private enum Kind { TEXT, WHOLE, DECIMAL, BOOLEAN, NULL }

    /** Thrown to give up; carries no stack trace, as giving up is an ordinary outcome. */
    private static final class GiveUp extends RuntimeException {
        private static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private final byte[] bytes;
    private final int end;
    private int pos;
    private Kind kind;
    private int valueStart;
    private int valueEnd;
    private int lastField = -1;

    private CanonicalLineScanner(byte[] bytes, int from, int end) {
        this.bytes = bytes;
        this.pos = from;
        this.end = end;
    }

    /** The execution of the line, or null when the line needs {@link CanonicalLineParser}. */
    static Execution scan(byte[] bytes, int from, int length) {
        try {
            return new CanonicalLineScanner(bytes, from, from + length).line();
        } catch (GiveUp | RecordProblem | IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private Execution line() throws RecordProblem {
        CanonicalRecord r = new CanonicalRecord();
        skipSpace();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                skipSpace();
                expect('"');
                int nameStart = pos;
                int nameEnd = stringEnd();
                int field = field(nameStart, nameEnd);
                skipSpace();
                expect(':');
                skipSpace();
                value();
                if (kind != Kind.NULL || field == UNKNOWN) {
                    apply(field, r);
                }
                skipSpace();
                byte c = next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw GiveUp.INSTANCE;
                }
            }
        }
        skipSpace();
        if (pos != end) {
            throw GiveUp.INSTANCE;
        }
        return r.toExecution();
    }

    private void apply(int field, CanonicalRecord r) throws RecordProblem {
        switch (field) {
            case KEY -> r.key = text();
            case AGENT -> r.agent = text();
            case TASK -> r.task = text();
            case STARTED -> r.started = Timestamps.parse(string());
            case DURATION -> r.duration = duration();
            case OUTCOME -> r.outcome = CanonicalRecord.outcome(text());
            case ERROR_KIND -> r.errorKind = ErrorKind.parse(text());
            case ERROR -> r.error = text();
            case MODEL -> r.model = text();
            case INPUT_TOKENS -> r.inputTokens = whole();
            case OUTPUT_TOKENS -> r.outputTokens = whole();
            case COST -> r.costMicros = JsonValues.micros(notBoolean(), CanonicalFields.COST_USD);
            case RETRIES -> r.retries = count();
            case ITERATIONS -> r.iterations = count();
            case TOOL_CALLS -> r.toolCalls = count();
            case TOOL_FAILURES -> r.toolFailures = count();
            case USER -> r.user = text();
            case SESSION -> r.session = text();
            case PATTERN -> r.pattern = text();
            default -> throw GiveUp.INSTANCE; // steps, and fields it does not know, which the parser may
        }
    }

    // Scalars as the streaming parser's getText() gives them: a string's content, a number as written.
    private String text() {
        if (kind == Kind.BOOLEAN) {
            return bytes[valueStart] == 't' ? "true" : "false";
        }
        return decode(valueStart, valueEnd);
    }

    private String string() {
        if (kind != Kind.TEXT) {
            throw GiveUp.INSTANCE; // epoch numbers take the parser's way
        }
        return decode(valueStart, valueEnd);
    }

    private String notBoolean() {
        if (kind == Kind.BOOLEAN) {
            throw GiveUp.INSTANCE;
        }
        return text();
    }

    private Duration duration() {
        return switch (kind) {
            case WHOLE -> Duration.ofMillis(Long.parseLong(text()));
            case DECIMAL -> Duration.ofNanos(Decimals.parse(text(), 6));
            case TEXT -> Durations.parse(text(), 1);
            default -> throw GiveUp.INSTANCE;
        };
    }

    private long whole() {
        return switch (kind) {
            case WHOLE -> Long.parseLong(text());
            case TEXT, DECIMAL -> Long.parseLong(text().trim());
            default -> throw GiveUp.INSTANCE;
        };
    }

    private int count() {
        long v = whole();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw GiveUp.INSTANCE;
        }
        return (int) v;
    }

    /** Reads a value, leaving its kind and extent; nested values are left to the parser. */
    private void value() {
        byte c = peek();
        if (c == '"') {
            pos++;
            valueStart = pos;
            valueEnd = stringEnd();
            kind = Kind.TEXT;
        } else if (c == 'n') {
            literal("null");
            kind = Kind.NULL;
        } else if (c == 't' || c == 'f') {
            valueStart = pos;
            literal(c == 't' ? "true" : "false");
            kind = Kind.BOOLEAN;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else {
            throw GiveUp.INSTANCE;
        }
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? as JSON writes numbers; anything else is the parser's to refuse.
    private void number() {
        valueStart = pos;
        boolean decimal = false;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        if (pos < end && bytes[pos] == '.') {
            pos++;
            digits();
            decimal = true;
        }
        if (pos < end && (bytes[pos] == 'e' || bytes[pos] == 'E')) {
            pos++;
            if (pos < end && (bytes[pos] == '+' || bytes[pos] == '-')) {
                pos++;
            }
            digits();
            decimal = true;
        }
        valueEnd = pos;
        kind = decimal ? Kind.DECIMAL : Kind.WHOLE;
    }

    private void digits() {
        int first = pos;
        while (pos < end && bytes[pos] >= '0' && bytes[pos] <= '9') {
            pos++;
        }
        if (pos == first) {
            throw GiveUp.INSTANCE;
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw GiveUp.INSTANCE;
            }
        }
    }

    /** Moves past the closing quote of a string whose opening quote was read; returns where its content ends. */
    private int stringEnd() {
        while (pos < end) {
            byte c = bytes[pos];
            if (c == '"') {
                return pos++;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                throw GiveUp.INSTANCE; // escapes and control characters are the parser's
            }
            pos++;
        }
        throw GiveUp.INSTANCE;
    }

    private String decode(int from, int to) {
        String s = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            throw GiveUp.INSTANCE; // malformed UTF-8 takes the parser's way, which keeps it as text parsing does
        }
        return s;
    }

    // Writers keep their field order, and NAMES is in the order CanonicalJsonWriter writes, so the field after
    // the last one found is tried first.
    private int field(int from, int to) {
        int guess = lastField + 1;
        if (guess < NAMES.length && named(NAMES[guess], from, to)) {
            lastField = guess;
            return guess;
        }
        for (int f = 0; f < NAMES.length; f++) {
            if (named(NAMES[f], from, to)) {
                lastField = f;
                return f;
            }
        }
        return UNKNOWN;
    }

    private boolean named(byte[] name, int from, int to) {
        if (name.length != to - from) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (bytes[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private void skipSpace() {
        while (pos < end) {
            byte c = bytes[pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            pos++;
        }
    }

    private byte peek() {
        if (pos >= end) {
            throw GiveUp.INSTANCE;
        }
        return bytes[pos];
    }

    private byte next() {
        byte c = peek();
        pos++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw GiveUp.INSTANCE;
        }
    }

    private static byte[][] names(String... names) {
        byte[][] out = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
