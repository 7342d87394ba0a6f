package io.breakerboard.ingest.format.codex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ContentKey;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.TypedJsonLines;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.model.Execution;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;

/**
 * Codex CLI rollout files (JSON lines: {@code {"timestamp", "type", "payload"}}, newer versions also
 * {@code "ordinal"}). A rollout is one session and one execution keyed {@code codex:<session id>} (the id of its
 * first {@code session_meta}); agent {@code codex}, or {@code codex/subagent} for rollouts a sub-agent wrote.
 * Record mapping: {@link CodexRecords}. A line that is not a JSON object is rejected; the rest is read. The
 * session is held until the end of the file.
 */
public final class CodexFormat implements LogFormat {
    private static final Set<String> RECORD_TYPES = Set.of("session_meta", "response_item", "event_msg",
            "turn_context", "compacted", "token_usage_record", "world_state");

    @Override
    public String id() {
        return "codex";
    }

    @Override
    public boolean assemblesAcrossLines() {
        return true;
    }

    @Override
    public String displayName() {
        return "Codex CLI rollout";
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary()) {
            return 0;
        }
        int hits = 0;
        boolean metaFirst = false;
        for (int i = 0; i < Math.min(8, sample.lines().size()); i++) {
            JsonNode r;
            try {
                r = Json.parse(sample.lines().get(i));
            } catch (JsonProcessingException e) {
                continue;
            }
            String type = Json.text(r, "type");
            if (type != null && RECORD_TYPES.contains(type) && r.has("payload")) {
                hits++;
                metaFirst |= i == 0 && type.equals("session_meta");
            }
        }
        if (hits == 0) {
            String t = sample.trimmedText();
            return t.startsWith("{") && t.contains("\"type\":\"session_meta\"") && t.contains("\"payload\"") ? 80 : 0;
        }
        return metaFirst ? 96 : 90;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        CodexSession session = new CodexSession();
        String[] firstLine = {null};
        long[] firstNumber = {0};
        TypedJsonLines.read(source, sink, "Codex", "a Codex rollout record (a JSON object with 'type' and 'payload')",
                (r, n, line) -> {
                    if (firstLine[0] == null) {
                        firstLine[0] = line;
                        firstNumber[0] = n;
                    }
                    Instant at;
                    try {
                        at = Json.instant(Json.field(r, "timestamp"));
                    } catch (IllegalArgumentException e) {
                        sink.reject(n, "record has an unreadable 'timestamp' (" + e.getMessage() + "); it is kept "
                                + "without a time", "");
                        at = null;
                    }
                    CodexRecords.read(r, at, session);
                });
        if (firstLine[0] == null) {
            return;
        }
        String key = "codex:" + (session.id != null ? session.id : ContentKey.of(firstLine[0]));
        Execution e = session.build(key);
        if (e != null) {
            sink.execution(e);
        } else {
            sink.reject(firstNumber[0], "rollout has no record with a 'timestamp'; it cannot be placed in time", "");
        }
    }
}
