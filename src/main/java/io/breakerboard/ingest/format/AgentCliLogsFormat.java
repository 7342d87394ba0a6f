package io.breakerboard.ingest.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.telemetry.AgentCli;
import io.breakerboard.ingest.format.telemetry.CliEvents;
import io.breakerboard.ingest.format.telemetry.CliSessions;
import io.breakerboard.ingest.format.telemetry.LogEventReader;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.TraceBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * OTLP/JSON log files holding agent CLIs' telemetry events (Claude Code, Codex, Gemini CLI), as the collector's
 * file exporter writes them (one {@code ExportLogsServiceRequest} per line) or as one document: the same events
 * the receiver's {@code /v1/logs} takes, read the same way ({@link CliEvents}); each session is one execution.
 * Other log records in the file are rejected by line, with the reason.
 */
public final class AgentCliLogsFormat implements LogFormat {
    private static final int MAX_PENDING_EVENTS = OtlpJsonFormat.MAX_PENDING_SPANS;

    @Override
    public String id() {
        return "otlp-logs-agent-cli";
    }

    @Override
    public String displayName() {
        return "Agent CLI telemetry (OTLP/JSON logs)";
    }

    @Override
    public boolean assemblesAcrossLines() {
        return true;
    }

    @Override
    public int sniff(Sample sample) {
        if (sample.binary()) {
            return 0;
        }
        String t = sample.trimmedText();
        if (!(t.contains("\"resourceLogs\"") || t.contains("\"resource_logs\""))) {
            return 0;
        }
        for (AgentCli cli : AgentCli.values()) {
            if (t.contains("\"" + cli.prefix)) {
                return 95;
            }
        }
        return 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        TraceBuffer buffer = new TraceBuffer(MAX_PENDING_EVENTS, (key, events) -> emit(key, events, sink));
        boolean perLine = JsonLineLayout.readPerLine(source, sink,
                "the file is empty; expected OTLP/JSON logs of an agent CLI", AgentCliLogsFormat::isJson,
                AgentCliLogsFormat::isLogsDataLine, (line, number) -> readLine(line, number, buffer, sink));
        if (!perLine) {
            readDocument(source, buffer, sink);
        }
        buffer.flushAll();
    }

    private static void readLine(String line, long number, TraceBuffer buffer, ParseSink sink) {
        JsonNode root;
        try {
            root = Json.parse(line);
        } catch (JsonProcessingException e) {
            sink.reject(number, "line is not valid JSON (" + e.getOriginalMessage() + "); each line must be one "
                    + "complete OTLP/JSON logs object — the line may be cut off", line);
            return;
        }
        if (!root.isObject() || Json.field(root, "resourceLogs", "resource_logs") == null) {
            sink.reject(number, "line has no 'resourceLogs'; each line must be one OTLP/JSON logs object as the "
                    + "collector's file exporter writes it", line);
            return;
        }
        read(root, number, line, buffer, sink);
    }

    private static void readDocument(LogSource source, TraceBuffer buffer, ParseSink sink) throws IOException {
        try (InputStream in = source.openStream(); JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
            while (p.nextToken() != null) {
                long line = p.currentLocation().getLineNr();
                read(Json.tree(p), line, "", buffer, sink);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            sink.reject(line, "JSON syntax error" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + " (" + e.getOriginalMessage() + "); events after it are lost: the file "
                    + "looks cut off, export it again", "");
        }
    }

    // Records refused on one line are reported once, with the first reason and their number.
    private static void read(JsonNode root, long number, String raw, TraceBuffer buffer, ParseSink sink) {
        List<String> refusals = new ArrayList<>();
        long records = LogEventReader.readJson(root, number, e -> {
            CliEvents.Mapping m = CliEvents.map(e);
            if (m.refusal() != null) {
                refusals.add(m.refusal());
            } else if (m.span() != null && !buffer.add(m.span())) {
                refusals.add("event '" + m.span().spanName + "' arrived after its session " + m.span().traceId
                        + " was imported (more than " + MAX_PENDING_EVENTS + " events were pending); split the "
                        + "file by session to keep it whole");
            }
        });
        if (!refusals.isEmpty()) {
            String reason = refusals.size() == 1 ? refusals.get(0) : refusals.size() + " of " + records
                    + " log records refused; the first: " + refusals.get(0);
            sink.reject(number, reason, raw);
        }
    }

    private static void emit(String key, List<SpanRecord> events, ParseSink sink) {
        try {
            sink.execution(CliSessions.assemble(key, events));
        } catch (IllegalArgumentException | IllegalStateException e) {
            sink.reject(events.get(0).line, "session " + key + " could not be read: " + e.getMessage(), "");
        }
    }

    private static boolean isJson(String line) {
        try {
            return Json.parse(line).isContainerNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static boolean isLogsDataLine(String line) {
        try {
            JsonNode node = Json.parse(line);
            return node.isObject() && Json.field(node, "resourceLogs", "resource_logs") != null;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
