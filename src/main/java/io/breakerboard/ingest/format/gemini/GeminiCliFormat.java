package io.breakerboard.ingest.format.gemini;

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
 * Gemini CLI chat sessions ({@code ~/.gemini/tmp/<project hash>/chats/session-*.json}):
 * {@code {sessionId, projectHash, startTime, lastUpdated, messages: [...]}}. A session is one execution keyed
 * {@code gemini-cli:<sessionId>}, agent {@code gemini-cli}; the message mapping is {@link GeminiMessages}.
 */
public final class GeminiCliFormat implements LogFormat {
    private static final String EXPECTED = "a Gemini CLI session {\"sessionId\", \"projectHash\", \"messages\": [...]}";

    @Override
    public String id() {
        return "gemini-cli";
    }

    @Override
    public String displayName() {
        return "Gemini CLI session";
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary()) {
            return 0;
        }
        String t = sample.trimmedText();
        if (!t.startsWith("{") || !t.contains("\"sessionId\"") || !t.contains("\"messages\"")) {
            return 0;
        }
        boolean gemini = t.contains("\"projectHash\"") || t.contains("\"type\": \"gemini\"")
                || t.contains("\"type\":\"gemini\"");
        return gemini ? 95 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        int[] sessions = {0};
        JsonDocuments.forEach(source, EXPECTED, sink, (node, line) -> {
            JsonNode messages = Json.field(node, "messages");
            if (messages == null || !messages.isArray()) {
                sink.reject(line, "value has no 'messages' list; expected " + EXPECTED,
                        Texts.cut(node.toString(), 8192));
                return;
            }
            sessions[0]++;
            String id = Json.text(node, "sessionId");
            String key = "gemini-cli:" + (id != null ? id : ContentKey.of(node.toString()));
            try {
                Execution e = GeminiMessages.read(key, node, messages, line, sink);
                if (e != null) {
                    sink.execution(e);
                } else {
                    sink.reject(line, "session " + id + " has no 'startTime' and no message with a 'timestamp'; it "
                            + "cannot be placed in time", "");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                sink.reject(line, "session " + id + " could not be read: " + e.getMessage(), "");
            }
        });
        if (sessions[0] == 0) {
            throw new MalformedLogException(0, "no Gemini CLI session in the file; expected " + EXPECTED);
        }
    }
}
