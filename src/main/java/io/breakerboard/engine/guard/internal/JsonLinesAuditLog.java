package io.breakerboard.engine.guard.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.breakerboard.model.Money;
import io.breakerboard.model.Redactor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The audit log as JSON lines, appended to a file: one object per step with the fields {@code timestamp,
 * execution_id, step, user_id, session_id, agent, agent_step, tool_name, tool_args, tool_result_summary, cost_usd,
 * latency_ms, success, error, model, user_query} (the query on the AGENT_START line only). Every text value (and
 * tool argument name) passes through the redactor first, so secrets and personal data never reach the file. The audit JSON lines importer reads it back, one execution per
 * {@code session_id}.
 *
 * <p>Each record is handed to the operating system together with its newline, so a process killed at any point
 * leaves whole lines behind it, at most the last one cut short. Such a torn last line, left by a kill during a
 * write, is kept as it is: the next record starts on a new line after it.
 */
public final class JsonLinesAuditLog implements AuditLog {
    /** Result summaries are cut to this many characters. */
    public static final int SUMMARY_CHARS = 240;
    /** The file name inside the data directory's {@code audit} folder. */
    public static final String FILE_NAME = "engine-audit.jsonl";

    private final Path file;
    private final UnaryOperator<String> redactor;
    private final BufferedWriter writer;
    private final JsonGenerator json;

    /**
     * @param file     the file to append to; its folder is created when missing
     * @param redactor masks secrets (API keys, tokens, passwords, private keys) and personal data (e-mail
     *                 addresses, card numbers, phone numbers) in any text
     */
    public JsonLinesAuditLog(Path file, UnaryOperator<String> redactor) {
        this.file = file;
        this.redactor = redactor;
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            boolean torn = endsInsideALine(file);
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (torn) {
                writer.write('\n');
                writer.flush();
            }
            JsonFactory factory = new JsonFactory();
            factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            factory.setRootValueSeparator(null);
            this.json = factory.createGenerator(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit log " + file + " for appending: " + e.getMessage()
                    + "; check that the data directory is writable", e);
        }
    }

    private static boolean endsInsideALine(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (SeekableByteChannel in = Files.newByteChannel(file, StandardOpenOption.READ)) {
            if (in.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            in.position(in.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    /** The audit file inside a data directory. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("audit").resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void append(AuditRecord r) {
        try {
            json.writeStartObject();
            json.writeStringField("timestamp", r.timestamp().toString());
            text("execution_id", r.executionId());
            json.writeNumberField("step", r.step());
            text("user_id", r.userId());
            text("session_id", r.sessionId());
            text("agent", r.agent());
            json.writeStringField("agent_step", r.agentStep());
            text("tool_name", r.toolName());
            json.writeObjectFieldStart("tool_args");
            for (Map.Entry<String, String> e : r.toolArgs().entrySet()) {
                String name = redactor.apply(e.getKey());
                String value = e.getValue();
                if (value == null) {
                    json.writeNullField(name);
                } else {
                    // An argument named password or api_key is a secret whatever its value looks like.
                    json.writeStringField(name, Redactor.isSecretName(e.getKey()) ? Redactor.MASK : redactor.apply(value));
                }
            }
            json.writeEndObject();
            String summary = r.toolResultSummary();
            text("tool_result_summary", summary == null || summary.length() <= SUMMARY_CHARS ? summary
                    : summary.substring(0, SUMMARY_CHARS) + "…");
            json.writeFieldName("cost_usd");
            json.writeNumber(Money.toUsd(r.costMicros()));
            json.writeNumberField("latency_ms", r.latency().toMillis());
            json.writeBooleanField("success", r.success());
            text("error", r.error());
            text("model", r.model());
            text("user_query", r.userQuery());
            json.writeEndObject();
            // The newline goes out with its record: written after the flush, it waited for the next record.
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private void text(String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, redactor.apply(value));
        }
    }

    @Override
    public synchronized void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            json.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the audit log " + file + ": " + e.getMessage(), e);
        }
    }
}
