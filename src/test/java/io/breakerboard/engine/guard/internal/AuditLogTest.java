package io.breakerboard.engine.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallInterceptor;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.Invocation;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Redactor;
import io.breakerboard.model.StepKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    private static final Set<String> FIELDS = Set.of("timestamp", "execution_id", "step", "user_id", "session_id",
            "agent", "agent_step", "tool_name", "tool_args", "tool_result_summary", "cost_usd", "latency_ms", "success",
            "error", "model", "user_query");

    /** Puts secrets into every tool result, as a leaky backend would. */
    private static final CallInterceptor LEAKY = new CallInterceptor() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
            Attempt<T> a = next.proceed();
            if (site.kind() == CallKind.TOOL && a.succeeded()) {
                ToolOutput out = (ToolOutput) a.value();
                return (Attempt<T>) Attempt.ok(new ToolOutput(out.text() + " token=sk-live4f9a8b7c6d5e owner=ops@example.com "
                        + "auth=Bearer eyJhbGciOi.abc key=AKIAABCDEFGHIJKLMNOP lf=pk-lf-1234567890", out.finding()),
                        a.latency(), a.usage());
            }
            return a;
        }
    };

    @Test
    void everyStepIsOneRedactedLineAndTheLinesRegroupIntoTheExecutions(@TempDir Path dataDir) throws Exception {
        JsonLinesAuditLog log = new JsonLinesAuditLog(JsonLinesAuditLog.fileIn(dataDir), new TestRedactor());
        EngineRuntime rt = EngineFixtures.builder(EngineFixtures.clock()).audit(log).runtime();
        rt.caller().interceptor(LEAKY);
        List<Execution> runs = new ArrayList<>();
        runs.add(EngineFixtures.run(rt, EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 1)));
        runs.add(EngineFixtures.run(rt, EngineFixtures.spec("invoice-clerk", PatternKind.SEQUENTIAL, 2)));
        runs.add(EngineFixtures.run(rt, EngineFixtures.spec("payments-controller", PatternKind.VOTING, 3)));
        log.close();

        String text = Files.readString(dataDir.resolve("audit").resolve("engine-audit.jsonl"));
        assertThat(text).doesNotContain("sk-live", "ops@example.com", "eyJhbGciOi", "AKIAABCDEFGHIJKLMNOP", "pk-lf-1234")
                .contains("[REDACTED]");

        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> bySession = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            JsonNode n = json.readTree(line);
            Set<String> names = new java.util.HashSet<>();
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            assertThat(names).isEqualTo(FIELDS);
            assertThat(Instant.parse(n.get("timestamp").asText())).isNotNull();
            assertThat(n.get("cost_usd").isNumber()).isTrue();
            assertThat(n.get("latency_ms").isIntegralNumber()).isTrue();
            assertThat(n.get("success").isBoolean()).isTrue();
            assertThat(n.get("tool_args").isObject()).isTrue();
            assertThat(StepKind.parse(n.get("agent_step").asText())).isNotEqualTo(StepKind.EVENT);
            bySession.computeIfAbsent(n.get("session_id").asText(), k -> new ArrayList<>()).add(n);
        }
        assertThat(bySession).hasSize(runs.size());
        for (Execution e : runs) {
            List<JsonNode> lines = bySession.get(e.sessionId());
            assertThat(lines).hasSize(e.steps().size());
            assertThat(lines.get(0).get("agent_step").asText()).isEqualTo("AGENT_START");
            assertThat(lines.get(0).get("user_id").asText()).isEqualTo(e.userId());
            assertThat(lines.get(0).get("user_query").asText()).as("the user's query is logged at the start")
                    .isEqualTo(e.task());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).get("execution_id").asText()).isEqualTo(e.key());
                assertThat(lines.get(i).get("step").asInt()).isEqualTo(i);
                if (i > 0) {
                    assertThat(lines.get(i).get("user_query").isNull()).isTrue();
                }
            }
            double cost = lines.stream().mapToDouble(n -> n.get("cost_usd").asDouble()).sum();
            assertThat(Math.round(cost * 1_000_000)).isEqualTo(e.costMicros());
            JsonNode toolCall = lines.stream().filter(n -> n.get("agent_step").asText().equals("TOOL_CALL")).findFirst()
                    .orElseThrow();
            assertThat(toolCall.get("tool_name").isTextual()).isTrue();
            assertThat(toolCall.get("tool_args").size()).isPositive();
            JsonNode llm = lines.stream().filter(n -> n.get("agent_step").asText().equals("LLM_CALL")).findFirst()
                    .orElseThrow();
            assertThat(llm.get("model").asText()).isIn("swift-mini", "atlas-pro");
        }
    }

    @Test
    void personalDataInTheQueryAndInToolResultsIsMaskedByTheSharedRedactor(@TempDir Path dataDir) throws Exception {
        JsonLinesAuditLog log = new JsonLinesAuditLog(JsonLinesAuditLog.fileIn(dataDir), Redactor.DEFAULT);
        EngineRuntime rt = EngineFixtures.builder(EngineFixtures.clock()).audit(log).runtime();
        rt.caller().interceptor(PERSONAL);
        ExecutionSpec base = EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 4);
        Task t = base.task();
        Task asked = new Task(t.id(), t.domain(), t.text() + " - reported by jane.doe@example.com, +44 20 7946 0958,"
                + " card 4111 1111 1111 1111 on file", t.facts(), t.rootCause(), t.seed());
        EngineFixtures.run(rt, new ExecutionSpec(base.key(), base.agent(), base.instance(), base.pattern(), asked,
                base.seed(), base.userId(), base.sessionId()));
        log.close();

        String text = Files.readString(dataDir.resolve("audit").resolve("engine-audit.jsonl"));
        assertThat(text).doesNotContain("jane.doe@example.com", "7946 0958", "4111 1111 1111 1111", "5555 5555 5555 4444",
                "ops@example.com", "555-0132").contains(Redactor.PHONE_MASK, Redactor.CARD_MASK);
        assertThat(text).as("a number failing the Luhn check is no card").contains("ticket 4111 1111 1111 1112");
        JsonNode start = new ObjectMapper().readTree(text.substring(0, text.indexOf('\n')));
        assertThat(start.get("user_query").asText()).startsWith(t.text()).contains(Redactor.CARD_MASK);
    }

    /** Puts personal data into every tool result. */
    private static final CallInterceptor PERSONAL = new CallInterceptor() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
            Attempt<T> a = next.proceed();
            if (site.kind() == CallKind.TOOL && a.succeeded()) {
                ToolOutput out = (ToolOutput) a.value();
                return (Attempt<T>) Attempt.ok(new ToolOutput(out.text() + " on-call ops@example.com (415) 555-0132 paid"
                        + " with 5555 5555 5555 4444, ticket 4111 1111 1111 1112", out.finding()), a.latency(), a.usage());
            }
            return a;
        }
    };
}
