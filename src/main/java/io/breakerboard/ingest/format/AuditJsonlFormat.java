package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.breakerboard.ingest.LineReader;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import java.io.IOException;

/**
 * Operational audit logs: one JSON object per tool or model step ({@code timestamp}, {@code session_id},
 * {@code agent_step}, {@code tool_name}, {@code tool_args}, {@code tool_result_summary}, {@code cost_usd},
 * {@code latency_ms}, {@code success}, {@code error}), grouped into one execution per session; sessions may
 * interleave. The key is the session id (see {@link AuditSessions} for sessions that come back and for the
 * memory bound, {@link AuditSession} for the outcome rule).
 *
 * <p>Detected when most of the first lines are objects with {@code timestamp}, {@code session_id} and either
 * {@code tool_name} or {@code agent_step}.
 */
public final class AuditJsonlFormat implements LogFormat {
    public static final String ID = "audit-jsonl";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Agent audit JSON lines";
    }

    @Override
    public int sniff(Sample sample) {
        return JsonLineSniffer.score(sample, 90, n -> JsonLineSniffer.has(n, AuditLineParser.TIMESTAMP)
                && JsonLineSniffer.has(n, AuditLineParser.SESSION_ID)
                && (n.has(AuditLineParser.TOOL_NAME) || n.has(AuditLineParser.AGENT_STEP)));
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        AuditSessions sessions = new AuditSessions(sink);
        try (LineReader lines = source.openLines(sink)) {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sessions.add(AuditLineParser.parse(line), lines.lineNumber());
                } catch (JsonProcessingException e) {
                    sink.reject(lines.lineNumber(), JsonProblems.reason(e), line);
                } catch (RecordProblem e) {
                    sink.reject(lines.lineNumber(), e.getMessage(), line);
                }
            }
        }
        sessions.emitAll();
    }
}
