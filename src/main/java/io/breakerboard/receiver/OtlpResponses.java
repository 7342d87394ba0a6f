package io.breakerboard.receiver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import io.breakerboard.ingest.format.trace.Json;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTracePartialSuccess;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Response bodies as the OTLP/HTTP specification defines them, in the encoding of the request: the export
 * response (with {@code partial_success} when some items were rejected) on success, a {@code google.rpc.Status}
 * on failure. JSON follows the protobuf JSON mapping: lowerCamelCase names, 64-bit counts as strings.
 */
final class OtlpResponses {
    /** {@code google.rpc.Code}: the request is malformed. */
    static final int INVALID_ARGUMENT = 3;
    /** {@code google.rpc.Code}: the receiver is busy; the client should retry later. */
    static final int UNAVAILABLE = 14;

    private OtlpResponses() {
    }

    static byte[] traces(OtlpEncoding encoding, long rejected, String message) {
        if (encoding == OtlpEncoding.PROTOBUF) {
            ExportTraceServiceResponse.Builder b = ExportTraceServiceResponse.newBuilder();
            if (rejected > 0) {
                b.setPartialSuccess(ExportTracePartialSuccess.newBuilder().setRejectedSpans(rejected)
                        .setErrorMessage(message));
            }
            return b.build().toByteArray();
        }
        return partialJson("rejectedSpans", rejected, message);
    }

    static byte[] logs(OtlpEncoding encoding, long rejected, String message) {
        if (encoding == OtlpEncoding.PROTOBUF) {
            ExportLogsServiceResponse.Builder b = ExportLogsServiceResponse.newBuilder();
            if (rejected > 0) {
                b.setPartialSuccess(ExportLogsPartialSuccess.newBuilder().setRejectedLogRecords(rejected)
                        .setErrorMessage(message));
            }
            return b.build().toByteArray();
        }
        return partialJson("rejectedLogRecords", rejected, message);
    }

    // google.rpc.Status is not among the OTLP classes; its two fields used here are written by hand.
    static byte[] status(OtlpEncoding encoding, int code, String message) {
        if (encoding == OtlpEncoding.PROTOBUF) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                CodedOutputStream out = CodedOutputStream.newInstance(bytes);
                out.writeInt32(1, code);
                out.writeBytes(2, ByteString.copyFrom(message, StandardCharsets.UTF_8));
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("code", code);
        o.put("message", message);
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] partialJson(String countName, long rejected, String message) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (rejected > 0) {
            ObjectNode p = o.putObject("partialSuccess");
            p.put(countName, Long.toString(rejected));
            p.put("errorMessage", message);
        }
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
