package io.breakerboard.ingest.format.opencode;

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
        SessionDocuments.parse(source, sink, id(), EXPECTED, "info.time.created or a message's time.created",
                new SessionDocuments.Session() {
                    @Override
                    public String id(JsonNode document) {
                        return Json.text(Json.field(document, "info"), "id");
                    }

                    @Override
                    public JsonNode header(JsonNode document) {
                        return Json.field(document, "info");
                    }

                    @Override
                    public Execution read(String key, JsonNode header, JsonNode messages, long line, ParseSink s) {
                        return OpenCodeMessages.read(key, header, messages, line, s);
                    }
                });
    }
}
