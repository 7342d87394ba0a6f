package io.breakerboard.ingest.format;

import io.breakerboard.ingest.ContentKey;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One execution of a pipe log being read, from its {@code AGENT_START} on. Its key hashes the raw lines it
 * took, so the same log imports to the same keys.
 *
 * <p>{@code AGENT_DONE} ends it as a success, or a failure when its {@code status} says so;
 * {@code AGENT_INCOMPLETE} ends it as partial with its reason (or the last guardrail's) as the error. A
 * {@code TOOL_CALL} of the tool that just failed, and an {@code LLM_CALL} after an {@code API_ERROR}, count as
 * retries.
 */
final class PipeRun {
    private final ContentKey key = new ContentKey();
    private final Execution.Builder builder = Execution.builder("pending");
    private final String agent;
    private final String task;
    private int retries;
    private String failedTool;
    private boolean apiErrorPending;
    private String guardrailReason;
    private Step lastFailed;
    private boolean modelSet;

    /** @param startedAt null to take the first step's time */
    PipeRun(String agent, String task, Instant startedAt) {
        this.agent = agent;
        this.task = task;
        builder.agent(agent).task(task).startedAt(startedAt);
    }

    String agent() {
        return agent;
    }

    String task() {
        return task;
    }

    int size() {
        return builder.steps().size();
    }

    void add(String rawLine, Step step, PipeLine line) {
        key.add(rawLine);
        StepKind k = step.kind();
        if (k == StepKind.TOOL_CALL && step.name() != null && step.name().equals(failedTool)) {
            retries++;
        }
        if (k == StepKind.LLM_CALL && apiErrorPending) {
            retries++;
        }
        if (k == StepKind.LLM_CALL || k == StepKind.API_ERROR) {
            apiErrorPending = k == StepKind.API_ERROR;
        }
        if (k == StepKind.TOOL_RESULT || k == StepKind.TOOL_ERROR) {
            failedTool = step.failed() ? step.name() : null;
        }
        if (k == StepKind.GUARDRAIL && step.output() != null) {
            guardrailReason = step.output();
        }
        if (k == StepKind.LLM_CALL && !modelSet && line.field("model") != null) {
            builder.model(line.field("model"));
            modelSet = true;
        }
        if (step.failed()) {
            lastFailed = step;
        }
        builder.addStep(step);
    }

    /** What a closing line states, checked before the line is taken, so a bad value rejects only that line. */
    record Ending(boolean incomplete, Integer iterations, Long costMicros, Duration duration, String status,
                  String reason) {

        static Ending of(PipeLine end) throws RecordProblem {
            String iterations = end.field("iterations", "iteration", "turns");
            String cost = end.field("cost", "total_cost");
            String duration = end.field("duration", "elapsed");
            String reason = end.field("reason", "error", "message");
            return new Ending(StepKind.parse(end.event()) == StepKind.AGENT_INCOMPLETE,
                    iterations == null ? null : (int) Math.min(Integer.MAX_VALUE, PipeStepMapper.count(iterations, "iterations")),
                    cost == null ? null : JsonValues.micros(cost, "cost"),
                    duration == null ? null : PipeStepMapper.duration(duration, "duration"),
                    end.field("status", "outcome"),
                    reason != null ? reason : end.text());
        }
    }

    /** Ends the run at its {@code AGENT_DONE} or {@code AGENT_INCOMPLETE} line, which was added already. */
    Execution finish(Ending end) {
        if (end.iterations() != null) {
            builder.iterations(end.iterations());
        }
        if (end.costMicros() != null) {
            builder.costMicros(end.costMicros());
        }
        if (end.duration() != null) {
            builder.duration(end.duration());
        }
        if (end.incomplete()) {
            return partial(end.reason() != null ? end.reason() : guardrailReason);
        }
        if (end.status() != null && isFailureWord(end.status())) {
            String why = end.reason();
            builder.outcome(Outcome.FAILURE)
                    .errorKind(lastFailed != null && why == null ? lastFailed.errorKind() : ErrorKind.classify(why))
                    .errorMessage(why != null ? why : lastFailed != null ? lastFailed.output() : end.status());
        } else {
            builder.outcome(Outcome.SUCCESS);
        }
        return build();
    }

    /** Ends the run without a closing line: partial, with the reason as its error. */
    Execution partial(String reason) {
        ErrorKind kind = ErrorKind.classify(reason);
        if (kind == ErrorKind.UNKNOWN && guardrailReason != null) {
            kind = ErrorKind.classify(guardrailReason);
        }
        builder.outcome(Outcome.PARTIAL).errorKind(kind).errorMessage(reason);
        return build();
    }

    // The key is known only once every line is hashed, so the builder starts under a placeholder.
    private Execution build() {
        Execution e = builder.retries(retries).build();
        return new Execution(key.finish(), e.agent(), e.task(), e.startedAt(), e.duration(), e.outcome(), e.errorKind(),
                e.errorMessage(), e.model(), e.inputTokens(), e.outputTokens(), e.costMicros(), e.retries(),
                e.iterations(), e.toolCalls(), e.toolFailures(), e.userId(), e.sessionId(), e.source(), e.format(),
                e.steps(), e.stepCount(), e.pattern());
    }

    private static boolean isFailureWord(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        return t.startsWith("fail") || t.equals("error") || t.equals("failure") || t.equals("false");
    }
}
