package io.breakerboard.ingest.format;

import static io.breakerboard.ingest.format.CanonicalFields.EXECUTION_ID;
import static io.breakerboard.ingest.format.CanonicalFields.STARTED_AT;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fields of one canonical line as read so far, and the execution they make: shared by the two readers of
 * the format ({@link CanonicalLineParser}, {@link CanonicalLineScanner}) so both build the same execution.
 * Totals not given are derived from the steps; a negative one is kept, for the importer to refuse by its range.
 */
final class CanonicalRecord {
    String key;
    String agent;
    String task;
    String error;
    String model;
    String user;
    String session;
    String pattern;
    Instant started;
    Duration duration;
    Outcome outcome;
    ErrorKind errorKind;
    static final long UNSET = Long.MIN_VALUE;

    long inputTokens = UNSET;
    long outputTokens = UNSET;
    long costMicros = UNSET;
    int retries;
    int iterations;
    int toolCalls = -1;
    int toolFailures = -1;
    List<Step> steps = List.of();
    List<io.breakerboard.model.Score> scores = List.of();

    /** @throws RecordProblem when the key or the start is missing */
    Execution toExecution() throws RecordProblem {
        if (key == null || key.isBlank()) {
            throw RecordProblem.missing(EXECUTION_ID);
        }
        if (started == null) {
            throw RecordProblem.missing(STARTED_AT);
        }
        return steps.isEmpty() ? withoutSteps() : built();
    }

    // What Execution.Builder#build() makes of these fields when there are no steps to derive totals from, without
    // the builder's copies: this runs once a line on a million-line import.
    Execution withoutSteps() {
        Outcome o = outcome != null ? outcome : errorKind != null ? Outcome.FAILURE : Outcome.SUCCESS;
        ErrorKind kind = o.isSuccess() ? null : errorKind != null ? errorKind : ErrorKind.classify(error);
        return new Execution(key, agent, task, started, duration != null ? duration : Duration.ZERO, o, kind, error,
                model, inputTokens != UNSET ? inputTokens : 0, outputTokens != UNSET ? outputTokens : 0,
                costMicros != UNSET ? costMicros : 0, retries, iterations, Math.max(0, toolCalls),
                Math.max(0, toolFailures), user, session, null, null, List.of(), 0, pattern, scores);
    }

    Execution built() {
        Execution.Builder b = Execution.builder(key).agent(agent).task(task).startedAt(started).duration(duration)
                .outcome(outcome).errorKind(errorKind).errorMessage(error).model(model).retries(retries)
                .iterations(iterations).userId(user).sessionId(session).pattern(pattern).steps(steps).scores(scores);
        if (inputTokens != UNSET) b.inputTokens(inputTokens);
        if (outputTokens != UNSET) b.outputTokens(outputTokens);
        if (costMicros != UNSET) b.costMicros(costMicros);
        if (toolCalls >= 0) b.toolCalls(toolCalls);
        if (toolFailures >= 0) b.toolFailures(toolFailures);
        return b.build();
    }

    static Outcome outcome(String text) throws RecordProblem {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "success": return Outcome.SUCCESS;
            case "failure": return Outcome.FAILURE;
            case "partial": return Outcome.PARTIAL;
            default: throw RecordProblem.invalid(CanonicalFields.OUTCOME,
                    "expected success, failure or partial, found '" + text + "'");
        }
    }
}
