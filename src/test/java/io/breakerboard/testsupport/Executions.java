package io.breakerboard.testsupport;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Score;
import io.breakerboard.model.ScoreSource;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Executions for tests. */
public final class Executions {
    public static final Instant T0 = Instant.parse("2024-10-15T14:23:01.123456Z");

    private Executions() {
    }

    /** A plain successful execution without steps. */
    public static Execution simple(String key, String agent, Instant start) {
        return Execution.builder(key).agent(agent).startedAt(start).duration(Duration.ofMillis(250))
                .outcome(Outcome.SUCCESS).costMicros(1_500).build();
    }

    public static Execution failed(String key, String agent, Instant start) {
        return Execution.builder(key).agent(agent).startedAt(start).duration(Duration.ofMillis(900))
                .outcome(Outcome.FAILURE).errorKind(ErrorKind.TIMEOUT).errorMessage("tool timed out").build();
    }

    /** An execution with every field set and three steps, times to the microsecond. */
    public static Execution full(String key) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("zeta", "last key first");
        attributes.put("alpha", "quote \" and newline \n");
        return Execution.builder(key).agent("support-bot").task("refund order 42").startedAt(T0)
                .duration(Duration.ofNanos(1_234_567_000L)).outcome(Outcome.PARTIAL).errorKind(ErrorKind.MAX_ITERATIONS)
                .errorMessage("stopped after 8 iterations").model("gpt-4o").inputTokens(1200).outputTokens(340)
                .costMicros(4_321).retries(2).iterations(8).toolCalls(1).toolFailures(1).userId("u-7")
                .sessionId("s-9").pattern("hierarchical").source("/logs/a.jsonl").format("pipe")
                .addStep(Step.builder(StepKind.LLM_CALL).name("gpt-4o").at(T0).duration(Duration.ofMillis(800))
                        .inputTokens(1200).outputTokens(340).costMicros(4_321).input("prompt").output("answer").build())
                .addStep(Step.builder(StepKind.TOOL_CALL).name("refund").at(T0.plusMillis(801))
                        .input("{\"order\":42}").attributes(attributes).build())
                .addStep(Step.builder(StepKind.TOOL_ERROR).name("refund").at(null)
                        .failure(ErrorKind.PERMISSION_DENIED, "403 forbidden").build())
                .build();
    }

    /** {@link #full} with three scores of different kinds: a normalised rating, a flag, a label. */
    public static Execution scored(String key) {
        return full(key).toBuilder()
                .addScore(Score.normalised("helpfulness", 4, 1, 5, ScoreSource.ANNOTATION, "clear answer", T0.plusSeconds(60)))
                .addScore(new Score("root_cause_found", null, null, true, ScoreSource.RUBRIC, null, T0.plusSeconds(2)))
                .addScore(new Score("verdict", null, "correct", null, ScoreSource.EVALUATOR, "matches the ledger", null))
                .build();
    }
}
