package io.breakerboard.receiver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.InvalidProtocolBufferException;
import io.breakerboard.ingest.format.telemetry.CliEvents;
import io.breakerboard.ingest.format.telemetry.LogEvent;
import io.breakerboard.ingest.format.telemetry.LogEventReader;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the body of {@code POST /v1/logs}: the events of agent CLIs' telemetry (Claude Code, Codex, Gemini CLI)
 * become steps of their sessions ({@link CliEvents}), held and assembled like spans of a trace; any other log
 * record is rejected by name in the response's partial success, since only agent runs are stored.
 */
final class LogRequestDecoder {
    private LogRequestDecoder() {
    }

    /** @throws UndecodableBodyException when the body is not an {@code ExportLogsServiceRequest} */
    static ReceivedSpans decode(byte[] body, OtlpEncoding encoding, long request) throws UndecodableBodyException {
        List<SpanRecord> spans = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        Consumer<LogEvent> take = e -> {
            CliEvents.Mapping m = CliEvents.map(e);
            if (m.span() != null) {
                spans.add(m.span());
            } else if (m.refusal() != null) {
                rejections.add(m.refusal());
            }
        };
        if (encoding == OtlpEncoding.PROTOBUF) {
            try {
                LogEventReader.readProto(ExportLogsServiceRequest.parseFrom(body).getResourceLogsList(), request,
                        take);
            } catch (InvalidProtocolBufferException e) {
                throw new UndecodableBodyException("body is not a protobuf ExportLogsServiceRequest: "
                        + e.getMessage(), e);
            }
        } else {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new UndecodableBodyException("body is not valid JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UndecodableBodyException("body could not be read: " + e.getMessage(), e);
            }
            if (root == null || !root.isObject()) {
                throw new UndecodableBodyException("body is not a JSON ExportLogsServiceRequest: expected an "
                        + "object with resourceLogs", null);
            }
            LogEventReader.readJson(root, request, take);
        }
        return new ReceivedSpans(spans, rejections);
    }
}
