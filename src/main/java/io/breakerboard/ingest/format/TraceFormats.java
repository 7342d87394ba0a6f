package io.breakerboard.ingest.format;

import io.breakerboard.ingest.LogFormat;
import java.util.List;

/** Tracing and session formats of other tools: OTLP, Langfuse, LangSmith, ATIF, Claude Code, Codex. */
final class TraceFormats {
    private TraceFormats() {
    }

    static List<LogFormat> list() {
        return List.of(new OtlpJsonFormat(), new LangfuseFormat(), new LangSmithFormat(), new AtifFormat(),
                new ClaudeCodeFormat(), new CodexFormat());
    }
}
