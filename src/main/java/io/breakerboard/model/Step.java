package io.breakerboard.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event inside an execution: a model call, a tool call or result, reasoning, an error, a guardrail.
 *
 * @param index        position in the execution, from 0
 * @param kind         what happened
 * @param name         tool name, model name, or the raw event name for {@link StepKind#EVENT}; may be null
 * @param at           when it started; may be null when the log gives no time
 * @param duration     how long it took; {@link Duration#ZERO} when unknown
 * @param failed       true when this step failed
 * @param errorKind    why it failed; null when it did not
 * @param input        what the step received (tool arguments, prompt, task); redacted; may be null
 * @param output       what it produced (tool result, answer, error text); redacted; may be null
 * @param inputTokens  prompt tokens, 0 when unknown
 * @param outputTokens completion tokens, 0 when unknown
 * @param costMicros   cost in micro-dollars, 0 when unknown
 * @param attributes   every other key/value the log carried, in log order; never null
 */
public record Step(
        int index,
        StepKind kind,
        String name,
        Instant at,
        Duration duration,
        boolean failed,
        ErrorKind errorKind,
        String input,
        String output,
        long inputTokens,
        long outputTokens,
        long costMicros,
        Map<String, String> attributes) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        duration = duration == null ? Duration.ZERO : duration;
        attributes = attributes == null ? Map.of() : attributes;
    }

    public static Builder builder(StepKind kind) {
        return new Builder(kind);
    }

    /** A copy at another position. */
    public Step withIndex(int newIndex) {
        return new Step(newIndex, kind, name, at, duration, failed, errorKind, input, output,
                inputTokens, outputTokens, costMicros, attributes);
    }

    /** Fluent construction; every field but the kind is optional. */
    public static final class Builder {
        private final StepKind kind;
        private int index;
        private String name;
        private Instant at;
        private Duration duration = Duration.ZERO;
        private boolean failed;
        private ErrorKind errorKind;
        private String input;
        private String output;
        private long inputTokens;
        private long outputTokens;
        private long costMicros;
        private Map<String, String> attributes = Map.of();

        private Builder(StepKind kind) {
            this.kind = kind;
        }

        public Builder index(int v) { this.index = v; return this; }
        public Builder name(String v) { this.name = v; return this; }
        public Builder at(Instant v) { this.at = v; return this; }
        public Builder duration(Duration v) { this.duration = v; return this; }
        public Builder failed(boolean v) { this.failed = v; return this; }
        public Builder errorKind(ErrorKind v) { this.errorKind = v; return this; }
        public Builder input(String v) { this.input = v; return this; }
        public Builder output(String v) { this.output = v; return this; }
        public Builder inputTokens(long v) { this.inputTokens = v; return this; }
        public Builder outputTokens(long v) { this.outputTokens = v; return this; }
        public Builder costMicros(long v) { this.costMicros = v; return this; }
        public Builder attributes(Map<String, String> v) { this.attributes = v; return this; }

        /** Marks the step failed with a kind; a null kind is classified from the output text. */
        public Builder failure(ErrorKind kind, String message) {
            this.failed = true;
            this.errorKind = kind != null ? kind : ErrorKind.classify(message);
            if (message != null && output == null) {
                this.output = message;
            }
            return this;
        }

        public Step build() {
            return new Step(index, kind, name, at, duration, failed, failed && errorKind == null ? ErrorKind.UNKNOWN : errorKind,
                    input, output, inputTokens, outputTokens, costMicros, attributes);
        }
    }
}
