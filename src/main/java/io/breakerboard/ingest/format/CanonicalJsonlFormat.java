package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.Utf8Check;
import io.breakerboard.model.Execution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

    // Lines are read from their UTF-8 bytes, on two threads: the usual flat line by the scanner, any other by the
    // streaming parser; a line that fails is quarantined when its bytes are not UTF-8 (decoding would put U+FFFD in
    // place of what it said), else parsed again as text so every reason and column given stay as text parsing has them.
    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        ParallelLines.parse(source, sink, (bytes, start, length, lineNumber) -> {
            Execution scanned = CanonicalLineScanner.scan(bytes, start, length);
            if (scanned != null) {
                return ParallelLines.Parsed.of(scanned);
            }
            try {
                return ParallelLines.Parsed.of(CanonicalLineParser.parse(bytes, start, length));
            } catch (IOException | RecordProblem fast) {
                int invalid = Utf8Check.firstInvalid(bytes, start, length);
                String line = new String(bytes, start, length, StandardCharsets.UTF_8);
                return invalid >= 0
                        ? ParallelLines.Parsed.rejected(lineNumber, "invalid UTF-8 at byte " + (invalid + 1), line)
                        : parseText(lineNumber, line);
            }
        });
    }

    private static ParallelLines.Parsed parseText(long lineNumber, String line) {
        try {
            return ParallelLines.Parsed.of(CanonicalLineParser.parse(line));
        } catch (JsonProcessingException e) {
            return ParallelLines.Parsed.rejected(lineNumber, JsonProblems.reason(e), line);
        } catch (RecordProblem e) {
            return ParallelLines.Parsed.rejected(lineNumber, e.getMessage(), line);
        } catch (IOException e) {
            return ParallelLines.Parsed.rejected(lineNumber, "invalid JSON: " + e.getMessage(), line);
        }
    }
}
