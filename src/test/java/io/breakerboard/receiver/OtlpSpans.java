package io.breakerboard.receiver;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Builds OTLP export requests with the official classes, as an SDK would send them. */
final class OtlpSpans {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private OtlpSpans() {
    }

    static ExportTraceServiceRequest request(String service, Span... spans) {
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(kv("service.name", service)))
                .addScopeSpans(ScopeSpans.newBuilder().addAllSpans(List.of(spans)))).build();
    }

    /** The agent's root span: {@code invoke_agent NAME}. */
    static Span agent(String trace, String id, String agent, int startSec, int endSec) {
        return span(trace, id, null, "invoke_agent " + agent, startSec, endSec)
                .addAttributes(kv("gen_ai.operation.name", "invoke_agent"))
                .addAttributes(kv("gen_ai.agent.name", agent)).build();
    }

    /** A model call below {@code parent}. */
    static Span chat(String trace, String id, String parent, String model, long in, long out, int startSec) {
        return span(trace, id, parent, "chat " + model, startSec, startSec + 1)
                .addAttributes(kv("gen_ai.operation.name", "chat"))
                .addAttributes(kv("gen_ai.request.model", model))
                .addAttributes(kv("gen_ai.usage.input_tokens", in))
                .addAttributes(kv("gen_ai.usage.output_tokens", out)).build();
    }

    static Span.Builder span(String trace, String id, String parent, String name, int startSec, int endSec) {
        Span.Builder b = Span.newBuilder().setTraceId(bytes(trace, 16)).setSpanId(bytes(id, 8)).setName(name)
                .setStartTimeUnixNano(nanos(startSec)).setEndTimeUnixNano(nanos(endSec));
        if (parent != null) {
            b.setParentSpanId(bytes(parent, 8));
        }
        return b;
    }

    /** Hex ids, left-padded: {@code "a1"} becomes the 16-byte trace id {@code 00…a1}. */
    static String hexId(String id, int bytes) {
        return "0".repeat(bytes * 2 - id.length()) + id;
    }

    private static ByteString bytes(String id, int length) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hexId(id, length)));
    }

    private static long nanos(int sec) {
        return T0.plusSeconds(sec).getEpochSecond() * 1_000_000_000L;
    }

    static KeyValue kv(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    static KeyValue kv(String key, long value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setIntValue(value)).build();
    }
}
