package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each trace of otlp/aliases.json speaks one convention; all must land on the same fields. */
class GenAiAliasesTest {
    private static Parsed parsed;

    @BeforeAll
    static void parse() throws IOException {
        parsed = Parsed.fixture(new OtlpJsonFormat(), "otlp/aliases.json");
    }

    private static Execution trace(int n) {
        return parsed.execution(String.format("otlp:%032d", n));
    }

    @Test
    void openInference() {
        Execution e = trace(1);
        assertThat(e.model()).isEqualTo("claude-3-5-sonnet");
        assertThat(e.inputTokens()).isEqualTo(10);
        assertThat(e.outputTokens()).isEqualTo(5);
        assertThat(e.task()).isEqualTo("Summarize the report");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL);
    }

    @Test
    void traceloopWorkflowToolAndIndexedPrompts() {
        Execution e = trace(2);
        assertThat(e.agent()).isEqualTo("research_wf");
        assertThat(e.steps()).extracting(Step::kind, Step::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StepKind.TOOL_CALL, "web_search"),
                        org.assertj.core.groups.Tuple.tuple(StepKind.LLM_CALL, "openai.chat"));
        assertThat(e.task()).as("the user's indexed prompt, not the system one").isEqualTo("What is new?");
        assertThat(e.steps().get(1).output()).isEqualTo("Nothing much.");
        assertThat(e.inputTokens()).as("only llm.usage.total_tokens is given: counted as input").isEqualTo(42);
    }

    @Test
    void vercelAiSdkWrapperUsageIsNotCountedTwice() {
        Execution e = trace(3);
        assertThat(e.agent()).isEqualTo("weather_bot");
        assertThat(e.inputTokens()).isEqualTo(100);
        assertThat(e.outputTokens()).isEqualTo(20);
        assertThat(e.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL, StepKind.TOOL_CALL);
        assertThat(e.steps().get(1).name()).isEqualTo("get_weather");
        assertThat(e.steps().get(1).input()).isEqualTo("{\"city\":\"Oslo\"}");
        assertThat(e.steps().get(1).output()).isEqualTo("{\"temp\":3}");
    }

    @Test
    void liteLlmCostIsTakenAsStated() {
        Execution e = trace(4);
        assertThat(e.costMicros()).isEqualTo(4200);
        assertThat(e.steps().get(0).costMicros()).isEqualTo(4200);
    }

    @Test
    void braintrustPackedMetricsAndMetadata() {
        Execution e = trace(5);
        assertThat(e.inputTokens()).isEqualTo(7);
        assertThat(e.outputTokens()).isEqualTo(3);
        assertThat(e.model()).isEqualTo("gpt-4o");
        assertThat(e.steps()).extracting(Step::kind).containsExactly(StepKind.LLM_CALL);
    }

    @Test
    void adHocNamesCamelCaseDottedAndPythonRepr() {
        assertThat(trace(6).inputTokens()).isEqualTo(11);
        assertThat(trace(6).outputTokens()).isEqualTo(4);
        assertThat(trace(6).userId()).isEqualTo("u-42");
        assertThat(trace(7).inputTokens()).isEqualTo(12);
        assertThat(trace(7).outputTokens()).isEqualTo(6);
        assertThat(trace(8).inputTokens()).isEqualTo(13);
        assertThat(trace(8).outputTokens()).isEqualTo(8);
        assertThat(trace(8).model()).isEqualTo("gpt-4o-mini");
    }
}
