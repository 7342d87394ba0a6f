package io.breakerboard.ingest.format.otlpproto;

import com.google.protobuf.InvalidProtocolBufferException;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.OtlpJsonFormat;
import io.breakerboard.ingest.format.trace.SpanRecord;
import io.breakerboard.ingest.format.trace.TraceAssembler;
import io.breakerboard.ingest.format.trace.TraceBuffer;
import io.breakerboard.ingest.format.trace.TraceContext;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * OTLP protobuf trace files, read with the official generated classes: the OpenTelemetry collector's file
 * exporter with {@code format: proto} (each {@code TracesData} behind a 4-byte big-endian length; with
 * {@code compression: zstd} the frames are decompressed first by the source), or one {@code TracesData} /
 * {@code ExportTraceServiceRequest} body as a whole (the two share their wire form). Spans go through the same
 * assembly as OTLP/JSON and keep its keys ({@code otlp:<trace id>}), so a trace imported from either is one
 * execution. A damaged message is quarantined; the messages before it are kept.
 */
public final class OtlpProtoFormat implements LogFormat {
    /** A framed message above this is taken for a damaged length: the collector's batches are far smaller. */
    private static final int MAX_MESSAGE = 16 << 20;

    @Override
    public String id() {
        return "otlp-proto";
    }

    @Override
    public String displayName() {
        return "OpenTelemetry OTLP/protobuf";
    }

    // The sample is text decoded as UTF-8, so the length's high bytes may have become one replacement character.
    @Override
    public int sniff(Sample sample) {
        if (!sample.binary()) {
            return 0;
        }
        String t = sample.text();
        if (t.length() > 5 && t.charAt(0) == '\0' && (t.charAt(4) == '\n' || t.charAt(3) == '\n')) {
            return 80;
        }
        return t.length() > 2 && t.charAt(0) == '\n' ? 40 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        TraceBuffer buffer = new TraceBuffer(OtlpJsonFormat.MAX_PENDING_SPANS, (traceId, spans) -> emit(traceId, spans, sink));
        int messages = 0;
        try (InputStream raw = source.openStream()) {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(5);
            byte[] head = in.readNBytes(5);
            in.reset();
            if (head.length == 5 && head[0] == 0 && head[4] == 0x0a) {
                messages = readFramed(new DataInputStream(in), buffer, sink);
            } else {
                try {
                    add(TracesData.parseFrom(in), 1, buffer, sink);
                    messages = 1;
                } catch (InvalidProtocolBufferException e) {
                    throw new MalformedLogException(0, "not an OTLP protobuf trace file (" + e.getMessage() + "); "
                            + "expected TracesData messages as the collector's file exporter writes them "
                            + "(format: proto)", e);
                }
            }
        }
        if (messages == 0) {
            throw new MalformedLogException(0, "no TracesData message in the file; expected OTLP protobuf traces");
        }
        buffer.flushAll();
    }

    private static int readFramed(DataInputStream in, TraceBuffer buffer, ParseSink sink) throws IOException {
        int count = 0;
        while (true) {
            int first = in.read();
            if (first < 0) {
                return count;
            }
            long number = count + 1L;
            int length;
            byte[] message;
            try {
                length = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8)
                        | in.readUnsignedByte();
                if (length < 0 || length > MAX_MESSAGE) {
                    sink.reject(number, "message " + number + " claims " + Integer.toUnsignedString(length)
                            + " bytes; the file is damaged from here on and the rest is not read", "");
                    return count;
                }
                message = new byte[length];
                in.readFully(message);
            } catch (EOFException e) {
                sink.reject(number, "message " + number + " is cut off; the file looks truncated, export it again", "");
                return count;
            }
            try {
                add(TracesData.parseFrom(message), number, buffer, sink);
            } catch (InvalidProtocolBufferException e) {
                sink.reject(number, "message " + number + " is not a TracesData message (" + e.getMessage()
                        + "); it is skipped", "");
            }
            count++;
        }
    }

    private static void add(TracesData data, long number, TraceBuffer buffer, ParseSink sink) {
        ProtoSpans.read(data.getResourceSpansList(), number, sink, r -> {
            if (!buffer.add(r)) {
                sink.reject(number, "span '" + r.spanName + "' arrived after its trace " + r.traceId
                        + " was imported; split the export by trace to keep it whole", "");
            }
        });
    }

    private static void emit(String traceId, List<SpanRecord> spans, ParseSink sink) {
        try {
            sink.execution(TraceAssembler.assemble("otlp:" + traceId, spans, TraceContext.NONE));
        } catch (IllegalArgumentException | IllegalStateException e) {
            sink.reject(spans.get(0).line, "trace " + traceId + " could not be read: " + e.getMessage(), "");
        }
    }
}
