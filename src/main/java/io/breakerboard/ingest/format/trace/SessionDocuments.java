package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ContentKey;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.model.Execution;
import java.io.IOException;

/**
 * Reads files of whole session documents, {@code {…, "messages": [...]}} one after another (Gemini CLI sessions,
 * opencode exports): each document is one execution keyed {@code <format>:<session id>}, or by its content when
 * it names none. A document without a messages list, or one whose messages cannot be placed in time, is rejected
 * by its line; a file with no session at all is refused.
 */
public final class SessionDocuments {

    /** What one format knows of its session documents. */
    public interface Session {
        /** The session id the document names, or null. */
        String id(JsonNode document);

        /** The part of the document that describes the session as a whole (the document itself, or a field). */
        JsonNode header(JsonNode document);

        /** The execution of the session, or null when nothing in it gives a time. */
        Execution read(String key, JsonNode header, JsonNode messages, long line, ParseSink sink);
    }

    private SessionDocuments() {
    }

    /**
     * @param formatId the key prefix, e.g. {@code gemini-cli}
     * @param expected what a document looks like, for messages
     * @param noTime   where the format looks for a time, said when a session has none
     */
    public static void parse(LogSource source, ParseSink sink, String formatId, String expected, String noTime,
                             Session session) throws IOException {
        int[] sessions = {0};
        JsonDocuments.forEach(source, expected, sink, (node, line) -> {
            JsonNode messages = Json.field(node, "messages");
            if (messages == null || !messages.isArray()) {
                sink.reject(line, "value has no 'messages' list; expected " + expected, Texts.cut(node.toString(), 8192));
                return;
            }
            sessions[0]++;
            String id = session.id(node);
            String key = formatId + ":" + (id != null ? id : ContentKey.of(node.toString()));
            try {
                Execution e = session.read(key, session.header(node), messages, line, sink);
                if (e != null) {
                    sink.execution(e);
                } else {
                    sink.reject(line, "session " + id + " has no time (" + noTime + "); it cannot be placed in time",
                            "");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                sink.reject(line, "session " + id + " could not be read: " + e.getMessage(), "");
            }
        });
        if (sessions[0] == 0) {
            throw new MalformedLogException(0, "no " + formatId + " session in the file; expected " + expected);
        }
    }
}
