package io.breakerboard.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import org.junit.jupiter.api.Test;

/** What a span is decides how it counts: wrappers are no model calls, run ids name no agent, errors follow the span. */
class OtlpSpanRolesTest {
    private final OtlpJsonFormat format = new OtlpJsonFormat();

    @Test
    void orchestrateToolsWrappersThatRepeatTheirCallsUsageAreNotCountedAsModelCalls() throws Exception {
        Execution e = Parsed.fixture(format, "otlp/dotnet-orchestrate-tools.json").only();

        assertThat(e.iterations()).as("three chat spans, two orchestrate_tools wrappers").isEqualTo(3);
        assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.LLM_CALL).extracting(Step::name)
                .containsOnly("gpt-4o-mini-2024-07-18");
        assertThat(e.steps()).filteredOn(s -> "orchestrate_tools".equals(s.name())).extracting(Step::kind)
                .containsOnly(StepKind.EVENT).hasSize(2);
        assertThat(e.inputTokens()).isEqualTo(550);
        assertThat(e.outputTokens()).isEqualTo(70);
        assertThat(e.agent()).isEqualTo("Weather");
    }

    @Test
    void anAgentNamedByARunIdIsNamedByItsServiceSoEveryRunIsTheSameAgent() throws Exception {
        Parsed parsed = Parsed.text(format, twoKoogRuns());

        assertThat(parsed.executions()).hasSize(2).extracting(Execution::agent).containsOnly("koog-demo");
    }

    @Test
    void anAgentNameThatIsOnlyARunIdCountsAsNoNameAndATrailingIdIsCutOff() throws Exception {
        String text = trace("11", "invoke_agent 171105b7-59dd-49c0-9677-0b95395aa46a", "unknown_service",
                "gen_ai.agent.name", "171105b7-59dd-49c0-9677-0b95395aa46a", 1)
                + "\n" + trace("12", "invoke_agent", "unknown_service", "gen_ai.agent.name",
                "billing-agent-9f86d081884c7d65", 1);
        Parsed parsed = Parsed.text(format, text);

        assertThat(parsed.executions()).extracting(Execution::agent).containsExactly("unknown", "billing-agent");
    }

    @Test
    void aFailedServerSpanIsAGenericErrorNotAToolError() throws Exception {
        String text = trace("21", "GET /orders", "orders", "http.route", "/orders", 2).replace("\"spans\": [{",
                "\"spans\": [{\"status\": {\"code\": 2},");
        Execution e = Parsed.text(format, text).only();

        assertThat(e.errorKind()).isEqualTo(ErrorKind.UNKNOWN);
    }

    @Test
    void failedModelAndToolSpansKeepTheirOwnKindsOfError() throws Exception {
        String model = trace("31", "chat gpt-4o", "svc", "gen_ai.operation.name", "chat", 3)
                .replace("\"spans\": [{", "\"spans\": [{\"status\": {\"code\": 2},");
        String tool = trace("32", "execute_tool lookup", "svc", "gen_ai.operation.name", "execute_tool", 1)
                .replace("\"spans\": [{", "\"spans\": [{\"status\": {\"code\": 2},");
        Parsed parsed = Parsed.text(format, model + "\n" + tool);

        assertThat(parsed.executions()).extracting(Execution::errorKind)
                .containsExactly(ErrorKind.MODEL_ERROR, ErrorKind.TOOL_ERROR);
    }

    private static String twoKoogRuns() {
        return trace("41", "agent.5f0e6a2c-1b3d-4e5f-8a9b-0c1d2e3f4a5b", "koog-demo", "gen_ai.operation.name",
                "invoke_agent", 1) + "\n" + trace("42", "agent.0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "koog-demo",
                "gen_ai.operation.name", "invoke_agent", 1);
    }

    // One OTLP/JSON document on one line: a trace with a single span.
    private static String trace(String id, String name, String service, String key, String value, int kind) {
        return ("{\"resourceSpans\": [{\"resource\": {\"attributes\": [{\"key\": \"service.name\", \"value\": "
                + "{\"stringValue\": \"%s\"}}]}, \"scopeSpans\": [{\"spans\": [{\"traceId\": \"%s\", \"spanId\": "
                + "\"00000000000000%s\", \"name\": \"%s\", \"kind\": %d, \"startTimeUnixNano\": \"1710000000000000000\", "
                + "\"endTimeUnixNano\": \"1710000001000000000\", \"attributes\": [{\"key\": \"%s\", \"value\": "
                + "{\"stringValue\": \"%s\"}}]}]}]}]}").formatted(service, "000000000000000000000000000000" + id, id,
                name, kind, key, value);
    }
}
