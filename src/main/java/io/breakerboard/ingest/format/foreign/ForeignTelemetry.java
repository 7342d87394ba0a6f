package io.breakerboard.ingest.format.foreign;

import io.breakerboard.ingest.Sample;

/**
 * Telemetry files people reach for that hold no agent trace Breakerboard can read, each with how it is recognised
 * and what to export instead.
 */
enum ForeignTelemetry {
    JAEGER_UI("Jaeger UI JSON (the \"Download JSON\" of a trace, {\"data\": [{\"traceID\", \"spans\", \"processes\"}]})",
            "fetch the trace from Jaeger's api_v3 "
                    + "(/api/v3/traces/<trace id>), which answers in OTLP/JSON, or export OTLP from the application"),
    ZIPKIN_V2("Zipkin v2 JSON (a list of spans with traceId, id, localEndpoint)",
            "export OTLP instead (the OpenTelemetry SDK's OTLP exporter, or the collector's file exporter)"),
    OTLP_LOGS("OTLP/JSON logs ({\"resourceLogs\": ...})",
            "these are log records, not traces, and hold no Claude Code, Codex or Gemini CLI events (the only logs "
                    + "read); export the traces signal (resourceSpans) of the same application"),
    OTLP_METRICS("OTLP/JSON metrics ({\"resourceMetrics\": ...})",
            "these are metrics, not traces; export the traces signal (resourceSpans) of the same application");

    final String what;
    final String instead;

    ForeignTelemetry(String what, String instead) {
        this.what = what;
        this.instead = instead;
    }

    /** What the sample is, or null when it is none of these. */
    static ForeignTelemetry of(Sample sample) {
        String t = sample.jsonDocumentText();
        if (t == null) {
            return null;
        }
        if (t.contains("\"resourceSpans\"") || t.contains("\"resource_spans\"")) {
            return null;
        }
        if (t.contains("\"traceID\"") && t.contains("\"spanID\"") && (t.contains("\"processes\"")
                || t.contains("\"processID\""))) {
            return JAEGER_UI;
        }
        if (t.startsWith("[") && t.contains("\"traceId\"") && t.contains("\"id\"")
                && (t.contains("\"localEndpoint\"") || t.contains("\"remoteEndpoint\""))) {
            return ZIPKIN_V2;
        }
        if (t.contains("\"resourceLogs\"") || t.contains("\"resource_logs\"")) {
            return OTLP_LOGS;
        }
        if (t.contains("\"resourceMetrics\"") || t.contains("\"resource_metrics\"")) {
            return OTLP_METRICS;
        }
        return null;
    }
}
