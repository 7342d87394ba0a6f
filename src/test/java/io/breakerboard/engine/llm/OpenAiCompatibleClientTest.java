package io.breakerboard.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.ListSink;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.guard.internal.JsonLinesAuditLog;
import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.llm.internal.ModelToolCall;
import io.breakerboard.engine.llm.internal.RecordedReply;
import io.breakerboard.engine.llm.internal.RetryAfter;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallInterceptor;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallOutcome;
import io.breakerboard.engine.reliability.CallResult;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Fallback;
import io.breakerboard.engine.reliability.Invocation;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAiCompatibleClientTest {
    /** A key no redactor knows the shape of, so only the client's own care keeps it out. */
    private static final String KEY = "local-key-7f3a9c2e5b1d4488";
    private static final UnaryOperator<String> ENV = name -> "BB_TEST_MODEL_KEY".equals(name) ? KEY : null;

    private FakeChatServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeChatServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ModelSettings settings(Duration timeout) {
        return new ModelSettings(server.baseUrl(), "BB_TEST_MODEL_KEY",
                new ModelSettings.ModelChoice("test-strong", Price.perMillionUsd(2.50, 10.00)),
                new ModelSettings.ModelChoice("test-cheap", Price.perMillionUsd(0.15, 0.60)), timeout, 256);
    }

    private OpenAiCompatibleClient client(ModelSettings s, UnaryOperator<String> env) {
        return new OpenAiCompatibleClient(s, s.priceTable(), env, new RetryAfter(
                Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)));
    }

    private static ModelRequest ask(String model) {
        return new ModelRequest(model, "reason", "Is checkout healthy?", 900, 90, "");
    }

    @Test
    void theServerIsNeverAllowedALongerReplyThanTheBudgetReserved() {
        server.then(FakeChatServer.Answer.json(200, FakeChatServer.text("ok", 100, 5)));
        ModelRequest shortAnswer = new ModelRequest(ModelCatalog.CHEAP, "critique", "Score it", 100, 20, "");

        client(settings(Duration.ofSeconds(5)), ENV).attempt(shortAnswer, new SplittableRandom(1));

        assertThat(server.received().get(0).body().path("max_tokens").asInt())
                .as("4 x the 20 tokens expected, the reservation's worst case, below the settings' 256")
                .isEqualTo(shortAnswer.maxOutputTokens()).isEqualTo(80);
    }

    @Test
    void aPlainAnswerCarriesTheServersTextTokensAndThePricedCost() {
        server.then(FakeChatServer.Answer.json(200, FakeChatServer.text("checkout is degraded", 1_200, 40)));

        Attempt<ModelResponse> a = client(settings(Duration.ofSeconds(5)), ENV).attempt(ask(ModelCatalog.STRONG),
                new SplittableRandom(1));

        assertThat(a.succeeded()).isTrue();
        assertThat(a.value().text()).isEqualTo("checkout is degraded");
        assertThat(a.value().toolCalls()).isEmpty();
        assertThat(a.usage().inputTokens()).isEqualTo(1_200);
        assertThat(a.usage().outputTokens()).isEqualTo(40);
        assertThat(a.usage().costMicros()).isEqualTo(3_000 + 400);
        assertThat(a.latency()).isPositive();
        FakeChatServer.Received r = server.received().get(0);
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(r.body().path("model").asText()).isEqualTo("test-strong");
        assertThat(r.body().path("stream").asBoolean(true)).isFalse();
        assertThat(r.body().path("max_tokens").asInt()).isEqualTo(256);
        assertThat(r.body().path("messages").get(1).path("content").asText()).isEqualTo("Is checkout healthy?");
    }

    @Test
    void toolCallsOfTheReplyRunThroughTheEnginesToolPathAndTheirResultsGoBack() {
        VirtualClock clock = EngineFixtures.clock();
        ModelSettings s = settings(Duration.ofSeconds(5));
        EngineRuntime rt = EngineFixtures.builder(clock).prices(s.priceTable()).models(client(s, ENV)).runtime();
        ExecutionSpec spec = EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 3);
        String service = spec.task().fact("service");
        server.then(FakeChatServer.Answer.json(200, FakeChatServer.toolCall("call_abc", "check_service_health",
                "{\"service\":\"" + service + "\"}", 700, 30)));
        server.otherwise(req -> FakeChatServer.Answer.json(200, FakeChatServer.text("Checked " + service + ".", 500, 20)));

        Execution e = EngineFixtures.run(rt, spec);

        JsonNode first = server.received().get(0).body();
        assertThat(names(first.path("tools"))).contains("check_service_health", "get_pod_logs");
        assertThat(first.path("tools").get(0).path("function").path("parameters").path("type").asText()).isEqualTo("object");
        JsonNode second = server.received().get(1).body().path("messages");
        JsonNode assistant = second.get(second.size() - 2);
        JsonNode tool = second.get(second.size() - 1);
        assertThat(assistant.path("tool_calls").get(0).path("id").asText()).isEqualTo("call_abc");
        assertThat(tool.path("role").asText()).isEqualTo("tool");
        assertThat(tool.path("tool_call_id").asText()).isEqualTo("call_abc");
        assertThat(tool.path("content").asText()).startsWith(service + ": ");
        Step toolStep = e.steps().stream().filter(x -> x.kind() == StepKind.TOOL_CALL).findFirst().orElseThrow();
        assertThat(toolStep.name()).isEqualTo("check_service_health");
        List<Step> llm = e.steps().stream().filter(x -> x.kind() == StepKind.LLM_CALL).toList();
        assertThat(llm).isNotEmpty().allMatch(x -> x.name().equals("test-cheap"));
        assertThat(llm.get(0).inputTokens()).isEqualTo(700);
        assertThat(llm.get(0).output()).contains("call check_service_health{\"service\":\"" + service + "\"}");
        assertThat(e.costMicros()).as("model calls and the tool's fee")
                .isEqualTo(e.steps().stream().mapToLong(Step::costMicros).sum());
    }

    @Test
    void a429IsRetriedAfterTheWaitTheServerAskedFor() {
        server.then(new FakeChatServer.Answer(429, Map.of("Retry-After", "7"),
                "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit\"}}", false));
        server.then(FakeChatServer.Answer.json(200, FakeChatServer.text("fine", 10, 2)));
        VirtualClock clock = EngineFixtures.clock();

        CallResult<ModelResponse> r = callThroughTheStack(clock);

        assertThat(r.succeeded()).isTrue();
        assertThat(r.attempts()).extracting(x -> x.outcome()).containsExactly(CallOutcome.RATE_LIMITED, CallOutcome.SUCCESS);
        assertThat(r.attempts().get(0).failure().retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(r.attempts().get(0).failure().getMessage()).contains("429", "Rate limit reached");
        assertThat(Duration.between(EngineFixtures.T0, clock.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aServerErrorIsRetriedAndTheSecondAttemptAnswers() {
        server.then(FakeChatServer.Answer.json(500, "{\"error\":{\"message\":\"upstream crashed\"}}"));
        server.then(FakeChatServer.Answer.json(200, FakeChatServer.text("fine", 10, 2)));

        CallResult<ModelResponse> r = callThroughTheStack(EngineFixtures.clock());

        assertThat(r.succeeded()).isTrue();
        assertThat(r.value().text()).isEqualTo("fine");
        assertThat(r.attempts().get(0).failure().type()).isEqualTo(FailureType.SERVER_ERROR);
        assertThat(r.attempts().get(0).failure().getMessage()).isEqualTo("500 from test-strong: upstream crashed");
    }

    @Test
    void aModelOutageFaultStopsRealCallsBeforeTheyLeaveAndAddedLatencyIsWaitedForOnTopOfTheRealOne() {
        VirtualClock clock = EngineFixtures.clock();
        CallInterceptor outage = new CallInterceptor() {
            @Override
            public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
                return Attempt.failed(new CallFailure(FailureType.SERVER_ERROR, "fault: model outage"), Duration.ofMillis(5));
            }
        };
        CallResult<ModelResponse> down = callThroughTheStack(clock, outage);

        assertThat(down.succeeded()).isFalse();
        assertThat(down.attempts()).hasSizeGreaterThan(1);
        assertThat(server.received()).isEmpty();

        server.then(FakeChatServer.Answer.json(200, FakeChatServer.text("fine", 10, 2)));
        CallInterceptor slow = new CallInterceptor() {
            @Override
            public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
                Attempt<T> a = next.proceed();
                return a.withLatency(a.latency().plusSeconds(3));
            }
        };
        VirtualClock later = EngineFixtures.clock();
        CallResult<ModelResponse> slowed = callThroughTheStack(later, slow);

        assertThat(slowed.succeeded()).isTrue();
        assertThat(slowed.attempts().get(0).latency()).isGreaterThan(Duration.ofSeconds(3));
        assertThat(Duration.between(EngineFixtures.T0, later.now())).isEqualTo(slowed.attempts().get(0).latency());
    }

    @Test
    void aReplyThatCalledToolsIsJournaledWithItsCallsSoAResumeReplaysThem() {
        ModelResponse r = new ModelResponse(ModelCatalog.CHEAP, "checking", List.of(new ModelToolCall("call_1",
                io.breakerboard.engine.tool.internal.ToolCall.of("describe_pod", "pod", "checkout-7d9f-x2"))));

        ModelResponse back = RecordedReply.decode(ModelCatalog.CHEAP, RecordedReply.encode(r));

        assertThat(back).isEqualTo(r);
        assertThat(RecordedReply.decode(ModelCatalog.CHEAP, "plain text")).isEqualTo(new ModelResponse(ModelCatalog.CHEAP,
                "plain text"));
    }

    private CallResult<ModelResponse> callThroughTheStack(VirtualClock clock) {
        return callThroughTheStack(clock, CallInterceptor.NONE);
    }

    private CallResult<ModelResponse> callThroughTheStack(VirtualClock clock, CallInterceptor faults) {
        ModelSettings s = settings(Duration.ofSeconds(5));
        EngineRuntime rt = EngineFixtures.builder(clock).prices(s.priceTable()).models(client(s, ENV)).runtime();
        rt.caller().interceptor(faults);
        CallSite site = new CallSite(CallKind.MODEL, ModelCatalog.STRONG, "sre-investigator#1", "exec-1", 1, Map.of(), 42);
        return rt.caller().call(site, x -> rt.models().attempt(ask(ModelCatalog.STRONG), new SplittableRandom(x.seed())),
                Fallback.none());
    }

    @Test
    void aServerThatDoesNotAnswerWithinTheTimeoutIsATimeout() {
        server.then(FakeChatServer.Answer.hanging());

        Attempt<ModelResponse> a = client(settings(Duration.ofMillis(300)), ENV).attempt(ask(ModelCatalog.CHEAP),
                new SplittableRandom(1));

        assertThat(a.failure().type()).isEqualTo(FailureType.TIMEOUT);
        assertThat(a.failure().getMessage()).isEqualTo("test-cheap did not answer within 300 ms");
        assertThat(a.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aBodyThatIsNotTheJsonOfTheApiIsMalformedNamingWhatIsWrong() {
        server.then(FakeChatServer.Answer.json(200, "{\"choices\": [{\"message\": "));
        server.then(FakeChatServer.Answer.json(200, "{\"choices\": []}"));
        server.then(FakeChatServer.Answer.json(200, FakeChatServer.toolCall("c1", "get_pod_logs", "{pod: x", 5, 5)));
        OpenAiCompatibleClient c = client(settings(Duration.ofSeconds(5)), ENV);

        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Attempt<ModelResponse> a = c.attempt(ask(ModelCatalog.CHEAP), new SplittableRandom(1));
            assertThat(a.failure().type()).isEqualTo(FailureType.MALFORMED);
            messages.add(a.failure().getMessage());
        }

        assertThat(messages).containsExactly("test-cheap: the reply is not JSON (line 1, column 26)",
                "test-cheap: the reply has no choices[0].message", "test-cheap: the arguments of get_pod_logs are not JSON");
    }

    @Test
    void aMissingKeyVariableSaysWhichVariableToSetAndSendsNothing() {
        Attempt<ModelResponse> a = client(settings(Duration.ofSeconds(5)), name -> null).attempt(ask(ModelCatalog.CHEAP),
                new SplittableRandom(1));

        assertThat(a.failure().type()).isEqualTo(FailureType.PERMISSION_DENIED);
        assertThat(a.failure().getMessage()).startsWith("set BB_TEST_MODEL_KEY to the API key of " + server.baseUrl());
        assertThat(server.received()).isEmpty();
    }

    @Test
    void theKeyAppearsInNoStepAuditLineLogRecordOrSettingsFile(@TempDir Path dir) throws Exception {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            server.then(FakeChatServer.Answer.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
                    + ". You can find your API key at https://example.test\"}}"));
            server.otherwise(req -> FakeChatServer.Answer.json(200, FakeChatServer.text("Nothing found; key " + KEY, 50, 9)));
            ModelSettings s = settings(Duration.ofSeconds(5));
            Path audit = dir.resolve("audit.jsonl");
            ListSink sink = new ListSink();
            EngineRuntime rt = io.breakerboard.engine.Engine.builder(EngineFixtures.clock(), sink, new TestRedactor())
                    .prices(s.priceTable()).models(client(s, ENV)).audit(new JsonLinesAuditLog(audit, new TestRedactor()))
                    .runtime();
            List<Execution> runs = List.of(EngineFixtures.run(rt, EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 1)),
                    EngineFixtures.run(rt, EngineFixtures.spec("sre-triage", PatternKind.ITERATIVE, 2)));
            Path file = dir.resolve(ModelSettingsFile.FILE_NAME);
            ModelSettingsFile.write(file, s);

            assertThat(server.received()).allMatch(r -> ("Bearer " + KEY).equals(r.header("Authorization")));
            assertThat(runs.get(0).steps()).anyMatch(x -> x.failed() && String.valueOf(x.output()).contains("401 from test-cheap"));
            for (Execution e : runs) {
                for (Step x : e.steps()) {
                    assertThat(String.join("|", String.valueOf(x.input()), String.valueOf(x.output()),
                            x.attributes().toString())).doesNotContain(KEY);
                }
            }
            assertThat(Files.readString(audit)).isNotEmpty().doesNotContain(KEY);
            assertThat(Files.readString(file)).contains("BB_TEST_MODEL_KEY").doesNotContain(KEY);
            assertThat(logged).noneMatch(r -> String.valueOf(r.getMessage()).contains(KEY));
        } finally {
            root.removeHandler(capture);
        }
    }

    private static List<String> names(JsonNode tools) {
        List<String> out = new ArrayList<>();
        tools.forEach(t -> out.add(t.path("function").path("name").asText()));
        return out;
    }

    @Test
    void theEndpointIsTheBaseUrlWithChatCompletions() {
        ModelSettings s = new ModelSettings(URI.create("http://127.0.0.1:11434/v1/"), null,
                new ModelSettings.ModelChoice("llama3.1:8b", new Price(0, 0)),
                new ModelSettings.ModelChoice("llama3.2:3b", new Price(0, 0)), Duration.ofSeconds(60), 512);
        assertThat(s.endpoint()).hasToString("http://127.0.0.1:11434/v1/chat/completions");
    }
}
