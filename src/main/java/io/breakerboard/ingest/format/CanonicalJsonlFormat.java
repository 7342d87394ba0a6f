package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.breakerboard.ingest.LineReader;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
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

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        try (LineReader lines = source.openLines()) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.execution(CanonicalLineParser.parse(line));
                } catch (JsonProcessingException e) {
                    sink.reject(lines.lineNumber(), JsonProblems.reason(e), line);
                } catch (RecordProblem e) {
                    sink.reject(lines.lineNumber(), e.getMessage(), line);
                }
            }
        }
    }
}
