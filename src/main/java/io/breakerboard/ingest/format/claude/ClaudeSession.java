package io.breakerboard.ingest.format.claude;

import io.breakerboard.ingest.format.trace.ErrorKinds;
import io.breakerboard.ingest.format.trace.SeenSpan;
import io.breakerboard.ingest.format.trace.StepDraft;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one Claude Code session (or sub-agent transcript) has shown so far; becomes one execution. */
public final class ClaudeSession {
    /** How the conversation stood after its last user or assistant record. */
    public enum State { OK, INTERRUPTED, API_ERROR }

    public final String key;
    public final String sessionId;
    public final String agent;
    public final long firstLine;
    public final List<StepDraft> steps = new ArrayList<>();
    /** The model-call step of each response id: every content block of a response repeats its usage. */
    public final Map<String, StepDraft> responses = new HashMap<>();
    /** Tool calls by tool_use id, to name results and time them. */
    public final Map<String, StepDraft> toolUses = new HashMap<>();
    private final SeenSpan span = new SeenSpan();
    /** Time of the last user record: a response's latency is measured from it. */
    public Instant lastUserAt;
    public String task;
    public String title;
    public String modelHint;
    public Double stateCostUsd;
    public State state = State.OK;
    public String stateMessage;
    public int retries;

    public ClaudeSession(String key, String sessionId, String agent, long firstLine) {
        this.key = key;
        this.sessionId = sessionId;
        this.agent = agent;
        this.firstLine = firstLine;
    }

    /** Widens the session's time span. */
    public void seen(Instant at) {
        span.seen(at);
    }

    public StepDraft add(StepDraft step) {
        steps.add(step);
        return step;
    }

    /** The execution, or null when no record of the session carried a time. */
    public Execution build() {
        if (span.first() == null) {
            return null;
        }
        Execution.Builder b = Execution.builder(key).agent(agent).sessionId(sessionId).startedAt(span.first())
                .duration(Duration.between(span.first(), span.last()));
        Map<String, Integer> models = new LinkedHashMap<>();
        int calls = 0;
        long cost = 0;
        for (StepDraft s : steps) {
            b.addStep(s.build());
            cost += s.costMicros;
            if (s.kind == StepKind.LLM_CALL) {
                calls++;
                if (s.name != null) {
                    models.merge(s.name, 1, Integer::sum);
                }
            }
        }
        if (cost == 0 && stateCostUsd != null && stateCostUsd > 0) {
            b.costMicros(Money.ofUsd(stateCostUsd));
        }
        String model = models.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(modelHint);
        b.model(model).iterations(calls).retries(retries).task(Texts.cut(task != null ? task : title, Texts.MAX_TASK));
        switch (state) {
            case API_ERROR -> b.outcome(Outcome.FAILURE).errorMessage(stateMessage)
                    .errorKind(ErrorKinds.of(StepKind.LLM_CALL, stateMessage));
            case INTERRUPTED -> b.outcome(Outcome.PARTIAL).errorKind(ErrorKind.CANCELLED).errorMessage(stateMessage);
            default -> b.outcome(Outcome.SUCCESS);
        }
        return b.build();
    }
}
