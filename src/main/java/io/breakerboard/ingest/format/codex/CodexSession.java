package io.breakerboard.ingest.format.codex;

import io.breakerboard.ingest.format.trace.ErrorKinds;
import io.breakerboard.ingest.format.trace.SeenSpan;
import io.breakerboard.ingest.format.trace.StepDraft;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one Codex rollout has shown so far; becomes one execution. */
public final class CodexSession {
    /** How the last turn ended. */
    public enum State { OK, ABORTED, ERROR }

    private static final int RECENT_MESSAGES = 8;

    public String id;
    public String agent = "codex";
    public boolean metaSeen;
    public Instant startedAt;
    private final SeenSpan span = new SeenSpan();
    public String model;
    public String task;
    public final List<StepDraft> steps = new ArrayList<>();
    /** Tool calls by call id, to name their outputs and time them. */
    public final Map<String, StepDraft> calls = new HashMap<>();
    /** Tool outputs by call id, for exit codes reported after the output. */
    public final Map<String, StepDraft> results = new HashMap<>();
    /** Exit codes reported before their output arrived. */
    public final Map<String, Integer> pendingExit = new HashMap<>();
    /** Response ids of token_usage_records seen, each one model call. */
    public final java.util.Set<String> responses = new java.util.HashSet<>();
    /** Model calls derived from token_count totals; dropped when the rollout has token_usage_records. */
    public final java.util.Set<StepDraft> tokenCountSteps = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    public boolean usageRecords;
    /** Running token_count totals already turned into model-call steps. */
    public long countedInput;
    public long countedOutput;
    public State state = State.OK;
    public String stateMessage;
    public int retries;
    // Codex logs most messages twice (as a response item and as an event); the second copy is dropped.
    private final Deque<String> recent = new ArrayDeque<>();

    /** Widens the session's time span. */
    public void seen(Instant at) {
        span.seen(at);
    }

    public StepDraft add(StepDraft step) {
        steps.add(step);
        return step;
    }

    /** True the first time a message text is seen among the last few; false for its repeat. */
    public boolean firstSighting(String kind, String text) {
        String k = kind + '\u0000' + text;
        if (recent.contains(k)) {
            return false;
        }
        recent.addLast(k);
        if (recent.size() > RECENT_MESSAGES) {
            recent.removeFirst();
        }
        return true;
    }

    /** The execution, or null when no record carried a time. */
    public Execution build(String key) {
        Instant start = startedAt != null ? startedAt : span.first();
        if (start == null) {
            return null;
        }
        Instant end = span.last() != null && span.last().isAfter(start) ? span.last() : start;
        Execution.Builder b = Execution.builder(key).agent(agent).sessionId(id).startedAt(start)
                .duration(Duration.between(start, end)).task(Texts.cut(task, Texts.MAX_TASK)).retries(retries);
        Map<String, Integer> models = new LinkedHashMap<>();
        int calls = 0;
        for (StepDraft s : steps) {
            if (usageRecords && tokenCountSteps.contains(s)) {
                continue;
            }
            b.addStep(s.build());
            if (s.kind == StepKind.LLM_CALL) {
                calls++;
                if (s.name != null) {
                    models.merge(s.name, 1, Integer::sum);
                }
            }
        }
        b.iterations(calls).model(models.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(model));
        switch (state) {
            case ERROR -> b.outcome(Outcome.FAILURE).errorMessage(stateMessage)
                    .errorKind(ErrorKinds.of(StepKind.LLM_CALL, stateMessage));
            case ABORTED -> b.outcome(Outcome.PARTIAL).errorMessage(stateMessage)
                    .errorKind(io.breakerboard.model.ErrorKind.classify(stateMessage));
            default -> b.outcome(Outcome.SUCCESS);
        }
        return b.build();
    }
}
