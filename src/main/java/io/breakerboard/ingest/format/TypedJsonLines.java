package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.LineReader;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.trace.Json;
import java.io.IOException;

/**
 * The record loop of agent CLIs' session files: one JSON object per line, each with a {@code type}. A line that is
 * not JSON (usually the last one, cut off while the CLI was writing it) or not such an object is rejected with its
 * number and the reader goes on; blank lines are passed over.
 */
public final class TypedJsonLines {
    /** Receives each readable record. */
    @FunctionalInterface
    public interface RecordHandler {
        void record(JsonNode record, long lineNumber, String line);
    }

    private TypedJsonLines() {
    }

    /**
     * Reads every line of {@code source}.
     *
     * @param writer    who writes these files, for the messages: "Codex", "Claude Code"
     * @param shape     what a record is, for the message on a line that is JSON but no record:
     *                  "a Codex rollout record (a JSON object with 'type' and 'payload')"
     */
    public static void read(LogSource source, ParseSink sink, String writer, String shape, RecordHandler handler)
            throws IOException {
        try (LineReader lines = source.openLines(sink)) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                long n = lines.lineNumber();
                JsonNode r;
                try {
                    r = Json.parse(line);
                } catch (JsonProcessingException e) {
                    sink.reject(n, "line is not valid JSON (" + e.getOriginalMessage() + "); " + writer + " writes one "
                            + "JSON object per line and this one is probably cut off — the record is skipped", line);
                    continue;
                }
                if (!r.isObject() || Json.text(r, "type") == null) {
                    sink.reject(n, "line is not " + shape + "; the record is skipped", line);
                    continue;
                }
                handler.record(r, n, line);
            }
        }
    }
}
