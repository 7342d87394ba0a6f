package io.breakerboard.ingest.format.trace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a JSON document value by value: a top-level array is handed over one element at a time, any other
 * top-level value whole, and several top-level values in a row (JSON lines of documents) one after another.
 * Only one element is in memory at a time.
 */
public final class JsonDocuments {

    /** Receives each value with the line it starts on. */
    @FunctionalInterface
    public interface Handler {
        void value(JsonNode node, long line) throws IOException;
    }

    private JsonDocuments() {
    }

    /**
     * Reads the whole source.
     *
     * @param expected what the file should hold, for messages ("a Langfuse trace download")
     * @return how many values were handed over
     * @throws MalformedLogException when the text is not JSON before the first value could be read
     */
    public static int forEach(LogSource source, String expected, ParseSink sink, Handler handler) throws IOException {
        int count = 0;
        try (InputStream in = source.openStream(); JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
            try {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.START_ARRAY) {
                        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                            long line = p.currentTokenLocation().getLineNr();
                            handler.value(Json.tree(p), line);
                            count++;
                        }
                    } else {
                        long line = p.currentTokenLocation().getLineNr();
                        handler.value(Json.tree(p), line);
                        count++;
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                long line = at == null ? 0 : at.getLineNr();
                String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
                if (count == 0) {
                    throw new MalformedLogException(line, "not valid JSON" + where + " (" + e.getOriginalMessage()
                            + "); expected " + expected, e);
                }
                sink.reject(line, "JSON syntax error" + where + " (" + e.getOriginalMessage()
                        + "); everything after it is lost: the file looks cut off, export it again", "");
            }
        }
        return count;
    }
}
