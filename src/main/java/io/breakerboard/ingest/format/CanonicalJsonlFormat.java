package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.breakerboard.ingest.ByteLineReader;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.model.Execution;
import java.io.IOException;

/**
 * Breakerboard's own execution log: one JSON object per line, one execution per object, steps optional
 * (written by {@link CanonicalJsonWriter}). The key is the line's {@code execution_id}.
 *
 * <p>Detected when most of the first lines are objects with {@code execution_id} and {@code started_at} and no
 * {@code costs} object (which marks the cost format).
 */
public final class CanonicalJsonlFormat implements LogFormat {
    public static final String ID = "canonical-jsonl";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Breakerboard execution JSON lines";
    }

    @Override
    public int sniff(Sample sample) {
        return JsonLineSniffer.score(sample, 95, n -> JsonLineSniffer.has(n, CanonicalFields.EXECUTION_ID)
                && JsonLineSniffer.has(n, CanonicalFields.STARTED_AT) && !n.has("costs"));
    }

    // Lines are parsed from their UTF-8 bytes; a line that fails is parsed again as text, the way every other
    // format reads, so that malformed UTF-8 and every reason and column given stay as text parsing has them.
    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        try (ByteLineReader lines = source.openByteLines()) {
            while (lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                Execution e;
                try {
                    e = CanonicalLineParser.parse(lines.bytes(), lines.start(), lines.length());
                } catch (IOException | RecordProblem fast) {
                    e = parseText(lines.lineNumber(), lines.text(), sink);
                }
                if (e != null) {
                    sink.execution(e);
                }
            }
        }
    }

    private static Execution parseText(long lineNumber, String line, ParseSink sink) {
        try {
            return CanonicalLineParser.parse(line);
        } catch (JsonProcessingException e) {
            sink.reject(lineNumber, JsonProblems.reason(e), line);
        } catch (RecordProblem e) {
            sink.reject(lineNumber, e.getMessage(), line);
        } catch (IOException e) {
            sink.reject(lineNumber, "invalid JSON: " + e.getMessage(), line);
        }
        return null;
    }
}
