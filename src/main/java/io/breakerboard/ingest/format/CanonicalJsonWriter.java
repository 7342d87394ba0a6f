package io.breakerboard.ingest.format;

import static io.breakerboard.ingest.format.CanonicalFields.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Score;
import io.breakerboard.model.Step;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Writes executions as canonical JSON lines ({@code canonical-jsonl}), one execution per line, which
 * {@link CanonicalJsonlFormat} reads back to an equal {@link Execution} (apart from {@code source} and
 * {@code format}, which the importer sets). Null fields, and zero or empty step fields, are left out.
 *
 * <p>Not thread-safe; one writer per output.
 */
public final class CanonicalJsonWriter implements Closeable, Flushable {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final JsonGenerator gen;

    /** A writer onto a character stream; closing it closes the stream. */
    public CanonicalJsonWriter(Writer out) throws IOException {
        this.gen = FACTORY.createGenerator(out);
    }

    /** Writes one execution and a line feed. */
    public void write(Execution e) throws IOException {
        writeExecution(gen, e);
        gen.writeRaw('\n');
    }

    /** One execution as a single line without its line feed. */
    public static String toLine(Execution e) {
        StringWriter out = new StringWriter(256 + 160 * e.steps().size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeExecution(g, e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    @Override
    public void flush() throws IOException {
        gen.flush();
    }

    @Override
    public void close() throws IOException {
        gen.close();
    }

    private static void writeExecution(JsonGenerator g, Execution e) throws IOException {
        g.writeStartObject();
        g.writeStringField(EXECUTION_ID, e.key());
        g.writeStringField(AGENT, e.agent());
        optional(g, TASK, e.task());
        g.writeStringField(STARTED_AT, e.startedAt().toString());
        g.writeFieldName(DURATION_MS);
        g.writeNumber(millis(e.duration()));
        g.writeStringField(OUTCOME, e.outcome().name().toLowerCase(Locale.ROOT));
        if (e.errorKind() != null) {
            g.writeStringField(ERROR_KIND, e.errorKind().name());
        }
        optional(g, ERROR, e.errorMessage());
        optional(g, MODEL, e.model());
        g.writeNumberField(INPUT_TOKENS, e.inputTokens());
        g.writeNumberField(OUTPUT_TOKENS, e.outputTokens());
        g.writeFieldName(COST_USD);
        g.writeNumber(Decimals.format(e.costMicros(), 6));
        g.writeNumberField(RETRIES, e.retries());
        g.writeNumberField(ITERATIONS, e.iterations());
        g.writeNumberField(TOOL_CALLS, e.toolCalls());
        g.writeNumberField(TOOL_FAILURES, e.toolFailures());
        optional(g, USER_ID, e.userId());
        optional(g, SESSION_ID, e.sessionId());
        optional(g, PATTERN, e.pattern());
        if (!e.steps().isEmpty()) {
            g.writeArrayFieldStart(STEPS);
            for (Step s : e.steps()) {
                writeStep(g, s);
            }
            g.writeEndArray();
        }
        if (!e.scores().isEmpty()) {
            g.writeArrayFieldStart(SCORES);
            for (Score sc : e.scores()) {
                writeScore(g, sc);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeScore(JsonGenerator g, Score s) throws IOException {
        g.writeStartObject();
        g.writeStringField(NAME, s.name());
        if (s.flag() != null) {
            g.writeBooleanField(FLAG, s.flag());
        }
        // A flag's value is its 0 or 1 unless the log said another, which reading the flag alone gives back.
        if (s.value() != null && (s.flag() == null || s.value() != (s.flag() ? 1.0 : 0.0))) {
            g.writeNumberField(VALUE, s.value());
        }
        optional(g, LABEL, s.label());
        g.writeStringField(SOURCE, s.source().name().toLowerCase(Locale.ROOT));
        optional(g, COMMENT, s.comment());
        if (s.at() != null) {
            g.writeStringField(AT, s.at().toString());
        }
        g.writeEndObject();
    }

    private static void writeStep(JsonGenerator g, Step s) throws IOException {
        g.writeStartObject();
        g.writeStringField(KIND, s.kind().name());
        optional(g, NAME, s.name());
        if (s.at() != null) {
            g.writeStringField(AT, s.at().toString());
        }
        if (!s.duration().isZero()) {
            g.writeFieldName(DURATION_MS);
            g.writeNumber(millis(s.duration()));
        }
        if (s.failed()) {
            g.writeBooleanField(FAILED, true);
        }
        if (s.errorKind() != null) {
            g.writeStringField(ERROR_KIND, s.errorKind().name());
        }
        optional(g, INPUT, s.input());
        optional(g, OUTPUT, s.output());
        if (s.inputTokens() != 0) {
            g.writeNumberField(INPUT_TOKENS, s.inputTokens());
        }
        if (s.outputTokens() != 0) {
            g.writeNumberField(OUTPUT_TOKENS, s.outputTokens());
        }
        if (s.costMicros() != 0) {
            g.writeFieldName(COST_USD);
            g.writeNumber(Decimals.format(s.costMicros(), 6));
        }
        if (!s.attributes().isEmpty()) {
            g.writeObjectFieldStart(ATTRIBUTES);
            for (Map.Entry<String, String> a : s.attributes().entrySet()) {
                if (a.getValue() == null) {
                    g.writeNullField(a.getKey());
                } else {
                    g.writeStringField(a.getKey(), a.getValue());
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static String millis(Duration d) {
        return Decimals.format(d.toNanos(), 6);
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
