package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step still being read: session logs state a step's parts on several records (usage repeated on each block of
 * one model response, a tool's exit code after its output), so steps stay open until the session is complete.
 */
public final class StepDraft {
    public final StepKind kind;
    public String name;
    public Instant at;
    public Duration duration = Duration.ZERO;
    public boolean failed;
    public ErrorKind errorKind;
    public String errorMessage;
    public String input;
    public String output;
    public long inputTokens;
    public long outputTokens;
    public long costMicros;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    public StepDraft(StepKind kind, String name, Instant at) {
        this.kind = kind;
        this.name = name;
        this.at = at;
    }

    /** Keeps an attribute, cut to {@link Texts#MAX_ATTRIBUTE}; blank values are dropped. */
    public StepDraft attribute(String key, String value) {
        String v = Texts.cut(value, Texts.MAX_ATTRIBUTE);
        if (v != null) {
            attributes.put(key, v);
        }
        return this;
    }

    /** Marks the step failed; the kind is classified from the message when not given. */
    public StepDraft fail(ErrorKind kind, String message) {
        failed = true;
        errorKind = kind;
        errorMessage = message;
        return this;
    }

    /** The duration from {@code since} to this step's time, when both are known and in order. */
    public StepDraft durationSince(Instant since) {
        if (since != null && at != null && at.isAfter(since)) {
            duration = Duration.between(since, at);
        }
        return this;
    }

    public Step build() {
        Step.Builder b = Step.builder(kind).name(name).at(at).duration(duration).input(input).output(output)
                .inputTokens(inputTokens).outputTokens(outputTokens).costMicros(costMicros)
                .attributes(Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
        if (failed) {
            b.failure(errorKind != null ? errorKind : ErrorKinds.of(kind, errorMessage),
                    Texts.cut(errorMessage, Texts.MAX_TEXT));
        }
        return b.build();
    }
}
