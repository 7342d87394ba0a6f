package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Score;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One span, observation or run of a trace, reduced to what an execution needs. Readers fill it; the
 * {@link TraceAssembler} turns the spans of one trace into an execution. Kept small on purpose: trace formats
 * hold every span of a file until the end, so this is the unit of their memory use.
 */
public final class SpanRecord {

    /** An agent name a span states, with its strength (lower is stronger). */
    public record AgentName(String name, int rank) {
    }

    public String traceId;
    public String id;
    public String parentId;
    /** Step name: the model for model calls, the tool for tool calls, else the span name. */
    public String name;
    /** The span's own name, used when the trace names no agent. */
    public String spanName;
    public StepKind kind = StepKind.EVENT;
    /** True for spans that run an agent ({@code invoke_agent}, AGENT observations): candidates for the execution. */
    public boolean agentSpan;
    public Instant start;
    public Instant end;
    public boolean failed;
    public ErrorKind errorKind;
    public String errorMessage;
    public String input;
    public String output;
    public String model;
    public long inputTokens;
    public long outputTokens;
    public Long costMicros;
    public AgentName agentName;
    public String serviceName;
    public String sessionId;
    public String userId;
    public int retries;
    /** 1-based line where the span starts in its file, for messages. */
    public long line;
    public final Map<String, String> attributes = new LinkedHashMap<>();
    /** Quality scores the span carries (evaluation events, annotations, feedback); null while it has none. */
    public List<Score> scores;

    /** True when the span states token usage. */
    public boolean hasTokens() {
        return inputTokens + outputTokens > 0;
    }

    /** True when the span states a cost above zero. */
    public boolean hasCost() {
        return costMicros != null && costMicros > 0;
    }

    public Duration duration() {
        return start != null && end != null && end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    /** Adds a score the span carries; the execution of its trace gets it. */
    public void score(Score score) {
        if (score != null) {
            if (scores == null) {
                scores = new ArrayList<>(2);
            }
            scores.add(score);
        }
    }

    /** Keeps an attribute for the step, cut to {@link Texts#MAX_ATTRIBUTE}; blank values are dropped. */
    public void attribute(String key, String value) {
        String v = Texts.cut(value, Texts.MAX_ATTRIBUTE);
        if (v != null) {
            attributes.put(key, v);
        }
    }
}
