package io.breakerboard.ingest.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.SessionDocuments;
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
        SessionDocuments.parse(source, sink, id(), EXPECTED, "no 'startTime' and no message with a 'timestamp'",
                new SessionDocuments.Session() {
                    @Override
                    public String id(JsonNode document) {
                        return Json.text(document, "sessionId");
                    }

                    @Override
                    public JsonNode header(JsonNode document) {
                        return document;
                    }

                    @Override
                    public Execution read(String key, JsonNode header, JsonNode messages, long line, ParseSink s) {
                        return GeminiMessages.read(key, header, messages, line, s);
                    }
                });
    }
}
