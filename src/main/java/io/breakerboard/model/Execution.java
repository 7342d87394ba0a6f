package io.breakerboard.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One run of an agent on one task, with the steps it took.
 *
 * @param key          stable identity: the log's own id (trace id, session id, execution id) or a content
 *                     hash; importing the same execution twice is recognised by this key
 * @param agent        agent name; never null ("unknown" when the log names none)
 * @param task         what the agent was asked; redacted; may be null
 * @param startedAt    start time; never null
 * @param duration     wall time from start to end; kept as given, so a negative one can be refused
 *                     ({@link ValueRanges}) rather than silently becoming zero
 * @param outcome      how it ended
 * @param errorKind    the main error when it did not succeed; null on success
 * @param errorMessage the error text; redacted; may be null
 * @param model        the main model used; may be null
 * @param inputTokens  prompt tokens over all steps
 * @param outputTokens completion tokens over all steps
 * @param costMicros   total cost in micro-dollars
 * @param retries      retried calls inside the execution
 * @param iterations   reason/act iterations (0 when unknown)
 * @param toolCalls    tool calls made
 * @param toolFailures tool calls that failed
 * @param userId       end user, when the log names one
 * @param sessionId    conversation or session id, when the log names one
 * @param source       where it came from: a file path, or {@code engine}
 * @param format       id of the log format it was read from
 * @param steps        the events, in order; may be empty
 * @param stepCount    how many steps the execution has: the size of {@code steps} when they are loaded, the stored
 *                     count when it is listed without them (lists, exports); never below {@code steps.size()}
 * @param pattern      the orchestration pattern that ran it ({@code sequential}, {@code voting}, ...), when the engine
 *                     ran it or the log names one; null otherwise
 * @param scores       quality judgements of this execution (reviews, evaluations, feedback); may be empty
 */
public record Execution(
        String key,
        String agent,
        String task,
        Instant startedAt,
        Duration duration,
        Outcome outcome,
        ErrorKind errorKind,
        String errorMessage,
        String model,
        long inputTokens,
        long outputTokens,
        long costMicros,
        int retries,
        int iterations,
        int toolCalls,
        int toolFailures,
        String userId,
        String sessionId,
        String source,
        String format,
        List<Step> steps,
        int stepCount,
        String pattern,
        List<Score> scores) {

    public static final String UNKNOWN_AGENT = "unknown";

    public Execution {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        agent = agent == null || agent.isBlank() ? UNKNOWN_AGENT : agent;
        duration = duration == null ? Duration.ZERO : duration;
        steps = steps == null ? List.of() : List.copyOf(steps);
        stepCount = Math.max(stepCount, steps.size());
        pattern = pattern == null || pattern.isBlank() ? null : pattern;
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** An execution whose log names no orchestration pattern and no scores. */
    public Execution(String key, String agent, String task, Instant startedAt, Duration duration, Outcome outcome,
                     ErrorKind errorKind, String errorMessage, String model, long inputTokens, long outputTokens,
                     long costMicros, int retries, int iterations, int toolCalls, int toolFailures, String userId,
                     String sessionId, String source, String format, List<Step> steps, int stepCount) {
        this(key, agent, task, startedAt, duration, outcome, errorKind, errorMessage, model, inputTokens, outputTokens,
                costMicros, retries, iterations, toolCalls, toolFailures, userId, sessionId, source, format, steps,
                stepCount, null, List.of());
    }

    /** An execution without scores. */
    public Execution(String key, String agent, String task, Instant startedAt, Duration duration, Outcome outcome,
                     ErrorKind errorKind, String errorMessage, String model, long inputTokens, long outputTokens,
                     long costMicros, int retries, int iterations, int toolCalls, int toolFailures, String userId,
                     String sessionId, String source, String format, List<Step> steps, int stepCount, String pattern) {
        this(key, agent, task, startedAt, duration, outcome, errorKind, errorMessage, model, inputTokens, outputTokens,
                costMicros, retries, iterations, toolCalls, toolFailures, userId, sessionId, source, format, steps,
                stepCount, pattern, List.of());
    }

    /** An execution without pattern or scores whose step count is the number of {@code steps} given. */
    public Execution(String key, String agent, String task, Instant startedAt, Duration duration, Outcome outcome,
                     ErrorKind errorKind, String errorMessage, String model, long inputTokens, long outputTokens,
                     long costMicros, int retries, int iterations, int toolCalls, int toolFailures, String userId,
                     String sessionId, String source, String format, List<Step> steps) {
        this(key, agent, task, startedAt, duration, outcome, errorKind, errorMessage, model, inputTokens, outputTokens,
                costMicros, retries, iterations, toolCalls, toolFailures, userId, sessionId, source, format, steps,
                steps == null ? 0 : steps.size());
    }

    public Instant endedAt() {
        return startedAt.plus(duration);
    }

    /** The duration in whole microseconds, saturating for durations no accepted record has (see {@link ValueRanges}). */
    public long durationMicros() {
        return Saturating.add(Saturating.multiply(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
    }

    public boolean succeeded() {
        return outcome.isSuccess();
    }

    /** This execution as read from {@code source} in the log format {@code format}. */
    public Execution withOrigin(String source, String format) {
        return new Execution(key, agent, task, startedAt, duration, outcome, errorKind, errorMessage, model, inputTokens,
                outputTokens, costMicros, retries, iterations, toolCalls, toolFailures, userId, sessionId, source, format,
                steps, stepCount, pattern, scores);
    }

    /** This execution, listed without its steps, as having {@code count} of them in the store. */
    public Execution withStepCount(int count) {
        return new Execution(key, agent, task, startedAt, duration, outcome, errorKind, errorMessage, model, inputTokens,
                outputTokens, costMicros, retries, iterations, toolCalls, toolFailures, userId, sessionId, source, format,
                steps, count, pattern, scores);
    }

    /** This execution with {@code list} as its scores. */
    public Execution withScores(List<Score> list) {
        return new Execution(key, agent, task, startedAt, duration, outcome, errorKind, errorMessage, model, inputTokens,
                outputTokens, costMicros, retries, iterations, toolCalls, toolFailures, userId, sessionId, source, format,
                steps, stepCount, pattern, list);
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** A builder holding this execution's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(key);
        b.agent = agent; b.task = task; b.startedAt = startedAt; b.duration = duration; b.outcome = outcome;
        b.errorKind = errorKind; b.errorMessage = errorMessage; b.model = model; b.inputTokens = inputTokens;
        b.outputTokens = outputTokens; b.costMicros = costMicros; b.retries = retries; b.iterations = iterations;
        b.toolCalls = toolCalls; b.toolFailures = toolFailures; b.userId = userId; b.sessionId = sessionId;
        b.source = source; b.format = format; b.steps = new ArrayList<>(steps); b.stepCount = stepCount;
        b.pattern = pattern;
        b.scores = new ArrayList<>(scores);
        return b;
    }

    /**
     * Fluent construction. Totals left unset (tokens, cost, tool calls and failures, start, duration) are
     * derived from the steps by {@link #build()}, so a format sets only what its log states.
     */
    public static final class Builder {
        private final String key;
        private String agent;
        private String task;
        private Instant startedAt;
        private Duration duration;
        private Outcome outcome;
        private ErrorKind errorKind;
        private String errorMessage;
        private String model;
        private Long inputTokens;
        private Long outputTokens;
        private Long costMicros;
        private int retries;
        private int iterations;
        private Integer toolCalls;
        private Integer toolFailures;
        private String userId;
        private String sessionId;
        private String source;
        private String format;
        private List<Step> steps = new ArrayList<>();
        private int stepCount;
        private String pattern;
        private List<Score> scores = new ArrayList<>();

        private Builder(String key) {
            this.key = key;
        }

        public Builder agent(String v) { this.agent = v; return this; }
        public Builder task(String v) { this.task = v; return this; }
        public Builder startedAt(Instant v) { this.startedAt = v; return this; }
        public Builder duration(Duration v) { this.duration = v; return this; }
        public Builder outcome(Outcome v) { this.outcome = v; return this; }
        public Builder errorKind(ErrorKind v) { this.errorKind = v; return this; }
        public Builder errorMessage(String v) { this.errorMessage = v; return this; }
        public Builder model(String v) { this.model = v; return this; }
        public Builder inputTokens(long v) { this.inputTokens = v; return this; }
        public Builder outputTokens(long v) { this.outputTokens = v; return this; }
        public Builder costMicros(long v) { this.costMicros = v; return this; }
        public Builder retries(int v) { this.retries = v; return this; }
        public Builder iterations(int v) { this.iterations = v; return this; }
        public Builder toolCalls(int v) { this.toolCalls = v; return this; }
        public Builder toolFailures(int v) { this.toolFailures = v; return this; }
        public Builder userId(String v) { this.userId = v; return this; }
        public Builder sessionId(String v) { this.sessionId = v; return this; }
        public Builder source(String v) { this.source = v; return this; }
        public Builder format(String v) { this.format = v; return this; }
        public Builder pattern(String v) { this.pattern = v; return this; }
        /** Replaces the steps; the step count becomes theirs. */
        public Builder steps(List<Step> v) { this.steps = new ArrayList<>(v); this.stepCount = 0; return this; }

        /** Replaces the scores. */
        public Builder scores(List<Score> v) { this.scores = new ArrayList<>(v); return this; }
        public Builder addScore(Score v) { this.scores.add(v); return this; }

        /** Appends a step, numbering it by position. */
        public Builder addStep(Step step) {
            steps.add(step.index() == steps.size() ? step : step.withIndex(steps.size()));
            return this;
        }

        public List<Step> steps() {
            return steps;
        }

        public String key() {
            return key;
        }

        /**
         * Builds the execution. Unset totals come from the steps; an unset start is the first step's time;
         * an unset duration spans the steps; an unset outcome is FAILURE when an error kind is set, else
         * SUCCESS.
         *
         * @throws IllegalStateException when no start time is set and no step carries one
         */
        public Execution build() {
            long inTok = 0, outTok = 0, cost = 0;
            int calls = 0, fails = 0;
            Instant first = null, last = null;
            for (Step s : steps) {
                inTok = Saturating.add(inTok, s.inputTokens());
                outTok = Saturating.add(outTok, s.outputTokens());
                cost = Saturating.add(cost, s.costMicros());
                if (s.kind() == StepKind.TOOL_CALL) calls++;
                if (s.failed() && (s.kind() == StepKind.TOOL_RESULT || s.kind() == StepKind.TOOL_ERROR
                        || s.kind() == StepKind.TOOL_CALL)) fails++;
                if (s.at() != null) {
                    if (first == null || s.at().isBefore(first)) first = s.at();
                    Instant end = ValueRanges.durationAccepted(s.duration()) ? s.at().plus(s.duration()) : s.at();
                    if (last == null || end.isAfter(last)) last = end;
                }
            }
            Instant start = startedAt != null ? startedAt : first;
            if (start == null) {
                throw new IllegalStateException("execution " + key + " has no start time");
            }
            Duration d = duration != null ? duration
                    : last != null && !last.isBefore(start) ? Duration.between(start, last) : Duration.ZERO;
            Outcome o = outcome != null ? outcome : errorKind != null ? Outcome.FAILURE : Outcome.SUCCESS;
            ErrorKind ek = o.isSuccess() ? null : errorKind != null ? errorKind : ErrorKind.classify(errorMessage);
            return new Execution(key, agent, task, start, d, o, ek, errorMessage, model,
                    inputTokens != null ? inputTokens : inTok,
                    outputTokens != null ? outputTokens : outTok,
                    costMicros != null ? costMicros : cost,
                    retries, iterations,
                    toolCalls != null ? toolCalls : calls,
                    toolFailures != null ? toolFailures : fails,
                    userId, sessionId, source, format, steps, stepCount, pattern, scores);
        }
    }
}
