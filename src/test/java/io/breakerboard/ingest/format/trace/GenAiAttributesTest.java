package io.breakerboard.ingest.format.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.ingest.format.trace.GenAiAttributes.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenAiAttributesTest {

    @Test
    void theGenAiOperationNameWinsOverOtherConventions() {
        assertThat(GenAiAttributes.operation(Map.of("gen_ai.operation.name", "execute_tool",
                "openinference.span.kind", "LLM"))).isEqualTo(Operation.TOOL);
        assertThat(GenAiAttributes.operation(Map.of("gen_ai.operation.name", "invoke_agent"))).isEqualTo(Operation.AGENT);
        assertThat(GenAiAttributes.operation(Map.of("gen_ai.operation.name", "embeddings"))).isEqualTo(Operation.EMBEDDING);
        assertThat(GenAiAttributes.operation(Map.of("gen_ai.operation.name", "text_completion")))
                .isEqualTo(Operation.MODEL_CALL);
    }

    @Test
    void otherConventionsStateTheOperationToo() {
        assertThat(GenAiAttributes.operation(Map.of("openinference.span.kind", "CHAIN"))).isEqualTo(Operation.WORKFLOW);
        assertThat(GenAiAttributes.operation(Map.of("openinference.span.kind", "RETRIEVER"))).isEqualTo(Operation.RETRIEVAL);
        assertThat(GenAiAttributes.operation(Map.of("traceloop.span.kind", "agent"))).isEqualTo(Operation.AGENT);
        assertThat(GenAiAttributes.operation(Map.of("ai.operationId", "ai.streamText.doStream")))
                .isEqualTo(Operation.MODEL_CALL);
        assertThat(GenAiAttributes.operation(Map.of("ai.operationId", "ai.streamText"))).isEqualTo(Operation.WORKFLOW);
        assertThat(GenAiAttributes.operation(Map.of("tool.name", "grep"))).isEqualTo(Operation.TOOL);
        assertThat(GenAiAttributes.operation(Map.of("agent_name", "qa"))).isEqualTo(Operation.AGENT);
        assertThat(GenAiAttributes.operation(Map.of("prompt_tokens", "3"))).isEqualTo(Operation.MODEL_CALL);
        assertThat(GenAiAttributes.operation(Map.of("http.request.method", "GET", "model", "x"))).isEqualTo(Operation.OTHER);
    }

    @Test
    void theResponseModelIsPreferredOverTheRequestedOne() {
        assertThat(GenAiAttributes.model(Map.of("gen_ai.request.model", "gpt-4o", "gen_ai.response.model",
                "gpt-4o-2024-08-06"))).isEqualTo("gpt-4o-2024-08-06");
    }

    @Test
    void costComesFromTotalsOrFromSummedParts() {
        assertThat(GenAiAttributes.costMicros(Map.of("gen_ai.usage.cost", "0.5"))).isEqualTo(500_000);
        assertThat(GenAiAttributes.costMicros(Map.of("llm.cost.prompt", "0.001", "llm.cost.completion", "0.002")))
                .isEqualTo(3_000);
        assertThat(GenAiAttributes.costMicros(Map.of("gen_ai.usage.input_tokens", "9"))).isNull();
    }

    @Test
    void packedJsonAndPythonDictsAreUnpacked() {
        Map<String, String> a = GenAiAttributes.unpack(Map.of(
                "usage", "{'prompt_tokens': 5, 'note': \"it's\", 'ok': True, 'none': None, 'd': {'x': 1}}",
                "hidden_params", "{\"response_cost\": 0.25}"));

        assertThat(a).containsEntry("usage.prompt_tokens", "5").containsEntry("usage.note", "it's")
                .containsEntry("usage.ok", "true").containsEntry("usage.d.x", "1")
                .containsEntry("hidden_params.response_cost", "0.25");
        assertThat(GenAiAttributes.costMicros(a)).isEqualTo(250_000);
        assertThat(PackedValues.parse("not packed")).isNull();
        assertThat(PackedValues.parse("{broken")).isNull();
    }
}
