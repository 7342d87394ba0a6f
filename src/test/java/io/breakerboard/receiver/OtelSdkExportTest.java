package io.breakerboard.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.StepKind;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenTelemetry Java SDK's own OTLP/HTTP exporter, as an instrumented agent runs it, sends to the receiver. */
class OtelSdkExportTest {
    @TempDir
    Path dir;

    @Test
    void spansExportedByTheSdkOverHttpProtobufLandAsAnExecution() throws Exception {
        try (ReceiverFixture f = new ReceiverFixture(dir)) {
            OtlpHttpSpanExporter exporter = OtlpHttpSpanExporter.builder()
                    .setEndpoint(f.uri("/v1/traces").toString()).setCompression("gzip").build();
            // One request per ended span: the child arrives first, the root last, as with a slow agent.
            SdkTracerProvider provider = SdkTracerProvider.builder()
                    .setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "sdk-app")))
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
            String traceId;
            try {
                Tracer tracer = provider.get("breakerboard-test");
                Span agent = tracer.spanBuilder("invoke_agent researcher")
                        .setAttribute("gen_ai.operation.name", "invoke_agent")
                        .setAttribute("gen_ai.agent.name", "researcher").startSpan();
                traceId = agent.getSpanContext().getTraceId();
                try (Scope ignored = agent.makeCurrent()) {
                    for (int i = 0; i < 2; i++) {
                        tracer.spanBuilder("chat gpt-4o").setAttribute("gen_ai.operation.name", "chat")
                                .setAttribute("gen_ai.request.model", "gpt-4o")
                                .setAttribute("gen_ai.usage.input_tokens", 300L)
                                .setAttribute("gen_ai.usage.output_tokens", 45L).startSpan().end();
                    }
                }
                agent.end();
                assertThat(provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
            } finally {
                provider.shutdown().join(10, TimeUnit.SECONDS);
            }
            f.settle();
            Execution e = f.workspace.queries().execution("otlp:" + traceId).orElseThrow();
            assertThat(e.agent()).isEqualTo("researcher");
            assertThat(e.model()).isEqualTo("gpt-4o");
            assertThat(e.inputTokens()).isEqualTo(600);
            assertThat(e.outputTokens()).isEqualTo(90);
            assertThat(e.steps()).extracting(s -> s.kind()).containsExactly(StepKind.LLM_CALL, StepKind.LLM_CALL);
            assertThat(f.receiver.counts().spans()).isEqualTo(3);
            assertThat(f.receiver.counts().requests()).isEqualTo(3);
        }
    }
}
