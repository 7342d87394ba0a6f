package io.breakerboard.receiver;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.InvalidProtocolBufferException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.format.otlpproto.ProtoSpans;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.OtlpDocumentReader;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.model.Execution;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of {@code POST /v1/traces} into span records with the readers file imports use: the official
 * OTLP classes for protobuf, {@link OtlpDocumentReader} for JSON. Each request is its own "message": spans carry
 * the request's number in place of a line.
 */
final class TraceRequestDecoder {
    private TraceRequestDecoder() {
    }

    /** @throws UndecodableBodyException when the body is not an {@code ExportTraceServiceRequest} */
    static ReceivedSpans decode(byte[] body, OtlpEncoding encoding, long request) throws UndecodableBodyException {
        List<SpanRecord> spans = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        ParseSink sink = new ParseSink() {
            @Override
            public void execution(Execution execution) {
                throw new IllegalStateException("span readers hand over spans, not executions");
            }

            @Override
            public void reject(long line, String reason, String raw) {
                rejections.add(reason);
            }
        };
        if (encoding == OtlpEncoding.PROTOBUF) {
            try {
                ProtoSpans.read(ExportTraceServiceRequest.parseFrom(body).getResourceSpansList(), request, sink,
                        spans::add);
            } catch (InvalidProtocolBufferException e) {
                throw new UndecodableBodyException("body is not a protobuf ExportTraceServiceRequest: "
                        + e.getMessage(), e);
            }
        } else {
            try (JsonParser p = Json.MAPPER.createParser(body)) {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw new UndecodableBodyException("body is not a JSON ExportTraceServiceRequest: expected an "
                            + "object with resourceSpans", null);
                }
                new OtlpDocumentReader(sink, request).read(p, spans::add);
                if (p.nextToken() != null) {
                    throw new UndecodableBodyException("body has text after the JSON ExportTraceServiceRequest", null);
                }
            } catch (JsonProcessingException e) {
                throw new UndecodableBodyException("body is not valid JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new UndecodableBodyException("body could not be read: " + e.getMessage(), e);
            }
        }
        return new ReceivedSpans(spans, rejections);
    }
}
