package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.format.atif.AtifFormat;
import io.breakerboard.ingest.format.claude.ClaudeCodeFormat;
import io.breakerboard.ingest.format.codex.CodexFormat;
import io.breakerboard.ingest.format.foreign.ForeignTelemetryFormat;
import io.breakerboard.ingest.format.gemini.GeminiCliFormat;
import io.breakerboard.ingest.format.langfuse.LangfuseFormat;
import io.breakerboard.ingest.format.langsmith.LangSmithFormat;
import io.breakerboard.ingest.format.opencode.OpenCodeFormat;
import io.breakerboard.ingest.format.otlpproto.OtlpProtoFormat;
import io.breakerboard.ingest.format.spans.SpanDumpFormat;
import java.util.List;

/**
 * Tracing and session formats of other tools: OTLP (JSON and protobuf), Langfuse, LangSmith, ATIF, Claude Code, Codex, span dumps,
 * Gemini CLI, opencode; and the telemetry that is refused as no agent trace (Zipkin, Jaeger UI, OTLP logs).
 */
final class TraceFormats {
    private TraceFormats() {
    }

    static List<LogFormat> list() {
        return List.of(new OtlpJsonFormat(), new LangfuseFormat(), new LangSmithFormat(), new AtifFormat(),
                new ClaudeCodeFormat(), new CodexFormat(), new SpanDumpFormat(), new GeminiCliFormat(),
                new OpenCodeFormat(), new AgentCliLogsFormat(), new ForeignTelemetryFormat(), new OtlpProtoFormat());
    }
}
