package io.breakerboard.ingest.format.opencode;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ContentKey;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.JsonDocuments;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.Execution;
import java.io.IOException;

/**
 * opencode session exports ({@code opencode export <session id> > file.json}):
 * {@code {"info": {session}, "messages": [{"info": {message}, "parts": [...]}]}}. A session is one execution keyed
 * {@code opencode:<session id>}, agent {@code opencode}; the message mapping is {@link OpenCodeMessages}.
 */
public final class OpenCodeFormat implements LogFormat {
    private static final String EXPECTED = "an opencode session export {\"info\": {...}, \"messages\": [{\"info\", \"parts\"}]}";

    @Override
    public String id() {
        return "opencode";
    }

    @Override
    public String displayName() {
        return "opencode session export";
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary()) {
            return 0;
        }
        String t = sample.trimmedText();
        if (!t.startsWith("{") || !t.contains("\"info\"") || !t.contains("\"messages\"") || !t.contains("\"parts\"")) {
            return 0;
        }
        boolean opencode = t.contains("\"sessionID\"") || t.contains("\"providerID\"") || t.contains("\"modelID\"")
                || t.contains("\"step-start\"");
        return opencode ? 93 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        int[] sessions = {0};
        JsonDocuments.forEach(source, EXPECTED, sink, (node, line) -> {
            JsonNode messages = Json.field(node, "messages");
            if (messages == null || !messages.isArray()) {
                sink.reject(line, "value has no 'messages' list; expected " + EXPECTED, Texts.cut(node.toString(), 8192));
                return;
            }
            sessions[0]++;
            JsonNode info = Json.field(node, "info");
            String id = Json.text(info, "id");
            String key = "opencode:" + (id != null ? id : ContentKey.of(node.toString()));
            try {
                Execution e = OpenCodeMessages.read(key, info, messages, line, sink);
                if (e != null) {
                    sink.execution(e);
                } else {
                    sink.reject(line, "session " + id + " has no time (info.time.created or a message's "
                            + "time.created); it cannot be placed in time", "");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                sink.reject(line, "session " + id + " could not be read: " + e.getMessage(), "");
            }
        });
        if (sessions[0] == 0) {
            throw new MalformedLogException(0, "no opencode session in the file; expected " + EXPECTED);
        }
    }
}
