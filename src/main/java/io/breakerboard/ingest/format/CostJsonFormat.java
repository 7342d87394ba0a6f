package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.ingest.LineReader;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import java.io.IOException;
import java.io.InputStream;

/**
 * Per-execution cost reports: {@code {"execution_id", "costs": {"<agent>": {"tokens", "cost"}, "tools":
 * {"api_calls", "cost"}}, "total_cost"}} plus a {@code timestamp} or {@code started_at} (see
 * {@link CostDocument}). The key is the execution id.
 *
 * <p>A file holds one document per line, or documents spread over many lines (pretty-printed, one after another,
 * or inside one top-level array). When the first line opens and closes an object the file is read line by line,
 * so a broken line costs only itself; otherwise it is read as a stream of documents, and a syntax error ends the file
 * there (JSON cannot be resynchronised mid-document), with that position rejected.
 *
 * <p>Detected when the text opens with {@code {} or {@code [} and names a {@code "costs"} field together with
 * {@code "total_cost"} or {@code "execution_id"}.
 */
public final class CostJsonFormat implements LogFormat {
    public static final String ID = "cost-json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Execution cost JSON";
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary()) {
            return 0;
        }
        // One cost object per line, decided by the majority of lines so a torn first line does not count.
        int perLine = JsonLineSniffer.score(sample, 90, n -> JsonLineSniffer.has(n, "costs")
                && (n.has("total_cost") || n.has("execution_id")));
        String t = sample.jsonDocumentText();
        if (t == null) {
            return perLine;
        }
        return Math.max(perLine, hasField(t, "costs") && (hasField(t, "total_cost") || hasField(t, "execution_id"))
                ? 90 : 0);
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        try (LineReader lines = source.openLines(sink)) {
            String first = lines.next();
            while (first != null && first.isBlank()) {
                first = lines.next();
            }
            if (first == null) {
                return;
            }
            long firstNumber = lines.lineNumber();
            String next = null;
            if (JsonLineLayout.needsNextLine(first, CostJsonFormat::isWholeObject)) {
                next = lines.next();
                while (next != null && next.isBlank()) {
                    next = lines.next();
                }
            }
            if (JsonLineLayout.oneValuePerLine(first, next, CostJsonFormat::isWholeObject,
                    CostJsonFormat::isWholeObject)) {
                readLine(first, firstNumber, sink);
                readLines(next != null ? next : lines.next(), lines, sink);
                return;
            }
        }
        readDocuments(source, sink);
    }

    private static void readLines(String next, LineReader lines, ParseSink sink) throws IOException {
        String line = next;
        while (line != null) {
            if (!line.isBlank()) {
                readLine(line, lines.lineNumber(), sink);
            }
            line = lines.next();
        }
    }

    private static void readLine(String line, long number, ParseSink sink) {
        try {
            sink.execution(CostDocument.toExecution(MAPPER.readTree(line)));
        } catch (JsonProcessingException e) {
            sink.reject(number, JsonProblems.reason(e), line);
        } catch (RecordProblem e) {
            sink.reject(number, e.getMessage(), line);
        }
    }

    private static void readDocuments(LogSource source, ParseSink sink) throws IOException {
        try (InputStream in = source.openStream(); JsonParser p = MAPPER.getFactory().createParser(in)) {
            JsonToken t;
            boolean inArray = false;
            while (true) {
                long line = 0;
                JsonNode doc;
                try {
                    t = p.nextToken();
                    if (t == null) {
                        return;
                    }
                    if (t == JsonToken.START_ARRAY && !inArray) {
                        inArray = true;
                        continue;
                    }
                    if (t == JsonToken.END_ARRAY && inArray) {
                        inArray = false;
                        continue;
                    }
                    line = p.currentTokenLocation().getLineNr();
                    doc = MAPPER.readTree(p);
                } catch (JsonProcessingException e) {
                    long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                    sink.reject(at, JsonProblems.reason(e) + "; the rest of the file from line " + at
                            + " cannot be read", "");
                    return;
                }
                try {
                    sink.execution(CostDocument.toExecution(doc));
                } catch (RecordProblem e) {
                    sink.reject(line, e.getMessage(), doc.toString());
                }
            }
        }
    }

    // A pretty-printed document's first line never closes it; a line that opens and closes braces is a whole
    // document, even when it turns out to be broken (then it alone is rejected).
    private static boolean isWholeObject(String line) {
        String t = line.strip();
        return t.length() > 1 && t.charAt(0) == '{' && t.charAt(t.length() - 1) == '}';
    }

    /** True when {@code "name"} appears as a field: the quoted name followed by a colon. */
    private static boolean hasField(String text, String name) {
        String quoted = "\"" + name + "\"";
        int from = 0;
        int i;
        while ((i = text.indexOf(quoted, from)) >= 0) {
            int j = i + quoted.length();
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == ':') {
                return true;
            }
            from = j;
        }
        return false;
    }
}
