package io.breakerboard.engine.workload;

import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.agent.internal.CallUnavailable;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.agent.internal.ExecutionPaused;
import io.breakerboard.engine.agent.internal.StepRecorder;
import io.breakerboard.engine.guard.internal.GuardStop;
import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.memory.Episode;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.memory.internal.Journal;
import io.breakerboard.engine.memory.internal.Recollection;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.orchestration.internal.Pattern;
import io.breakerboard.engine.orchestration.internal.PatternResult;
import io.breakerboard.engine.orchestration.internal.SrePlaybook;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.sim.Rubric;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.engine.workload.internal.RecallCodec;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one execution from AGENT_START to AGENT_DONE or AGENT_INCOMPLETE: memory recall, the pattern, then the
 * outcome. Guard stops become a GUARDRAIL step and a partial (or failed) execution; a model that stays
 * unavailable fails it. The checkpoint is dropped only when the execution ended; an {@link Error} (a crash)
 * leaves it for {@link #resume}.
 */
public final class ExecutionRunner {
    /** Recollections below this similarity are not shown. */
    static final double MIN_RECALL_SCORE = 0.2;
    /** Recollections from this similarity on steer the plan. */
    static final double HINT_SCORE = 0.35;

    /** Attribute of the last step of an investigation: whether memory steered it, and rightly. */
    public static final String RECALL_ATTRIBUTE = "recall";
    public static final String RECALL_RELEVANT = "relevant";
    public static final String RECALL_MISLEADING = "misleading";
    public static final String RECALL_NONE = "none";
    /** Attribute of the last step: iterations the execution was allowed over all its loops (what anomalies compare). */
    public static final String ITERATION_LIMIT_ATTRIBUTE = "iteration_limit";
    /** Attribute of a resumed execution's AGENT_START and resume event: the downtime in milliseconds. */
    public static final String DOWNTIME_ATTRIBUTE = "downtime_ms";
    /** Attribute of the event where a resumed execution's replay stopped: {@code diverged}. */
    public static final String RESUME_ATTRIBUTE = ExecutionContext.RESUME_ATTRIBUTE;

    private final EngineRuntime rt;

    public ExecutionRunner(EngineRuntime rt) {
        this.rt = rt;
    }

    /** Runs a new execution, starting now. */
    public Execution run(ExecutionSpec spec) {
        Instant start = rt.clock().now();
        Journal journal = Journal.fresh(rt.checkpoints(), header(spec, start));
        return execute(spec, start, journal, null);
    }

    /**
     * Runs an unfinished execution again. Calls that completed before are replayed from the journal, not made
     * again; a non-idempotent call that was in flight is not repeated.
     */
    public Execution resume(CheckpointHeader header) {
        Journal journal = Journal.resumed(rt.checkpoints(), header);
        // Time between the last recorded progress and now is downtime, not work; earlier resumes' too.
        Instant now = rt.clock().now();
        Instant last = journal.lastProgress().orElse(header.startedAt());
        Duration down = last.isAfter(now) ? Duration.ZERO : Duration.between(last, now);
        Duration total = header.downtime().plus(down);
        rt.checkpoints().resume(header.executionKey(), total);
        return execute(specOf(header), header.startedAt(), journal, total);
    }

    static CheckpointHeader header(ExecutionSpec s, Instant start) {
        return new CheckpointHeader(s.key(), s.agent().name(), s.instance(), s.pattern(), s.task().domain().name(),
                s.task().seed(), s.seed(), s.userId(), s.sessionId(), start);
    }

    static ExecutionSpec specOf(CheckpointHeader h) {
        return new ExecutionSpec(h.executionKey(), AgentCatalog.get(h.agent()), h.instance(), h.pattern(),
                TaskCatalog.generate(Domain.valueOf(h.domain()), h.taskSeed()), h.seed(), h.userId(), h.sessionId());
    }

    /** @param resumedAfter the downtime of a resumed execution; null for a new one */
    private Execution execute(ExecutionSpec spec, Instant start, Journal journal, Duration resumedAfter) {
        boolean resumed = resumedAfter != null;
        Duration downtime = resumed ? resumedAfter : Duration.ZERO;
        Execution.Builder b = Execution.builder(spec.key()).agent(spec.agent().name())
                .task(rt.redactor().apply(spec.task().text())).startedAt(start).userId(spec.userId())
                .sessionId(spec.sessionId()).source("engine").format("engine").model(spec.agent().model())
                .pattern(PatternKind.parse(spec.pattern()).id());
        StepRecorder steps = new StepRecorder(b, spec, rt.audit(), rt.redactor());
        ExecutionContext ctx = new ExecutionContext(rt, spec, steps, journal);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("pattern", spec.pattern());
        attrs.put("instance", spec.instance());
        attrs.put("task_id", spec.task().id());
        if (resumed) {
            attrs.put("resumed", "true");
            attrs.put(DOWNTIME_ATTRIBUTE, Long.toString(downtime.toMillis()));
        }
        steps.add(Step.builder(StepKind.AGENT_START).name(spec.agent().name()).at(start).input(spec.task().text())
                .attributes(attrs).build());
        Outcome outcome;
        ErrorKind kind = null;
        String message = null;
        String answer = null;
        String conclusion = null;
        try {
            recall(ctx, journal);
            PatternResult r = Pattern.of(PatternKind.parse(spec.pattern())).run(ctx);
            conclusion = r.conclusion();
            Map<String, String> end = recallVerdict(ctx);
            if (r.complete() && ctx.gaps().isEmpty()) {
                answer = r.answer();
                ctx.note(StepKind.AGENT_DONE, spec.agent().name(), null, r.answer(), end);
                outcome = Outcome.SUCCESS;
                rt.memory().remember(new Episode(spec.key(), spec.agent().name(), spec.task().domain(),
                        spec.task().text(), r.answer(), r.conclusion(), rt.clock().now()));
            } else if (!ctx.gaps().isEmpty()) {
                message = "partial answer; missing: " + String.join("; ", ctx.gaps());
                kind = ctx.gapKind();
                ctx.note(StepKind.AGENT_INCOMPLETE, spec.agent().name(), null, r.answer(), end);
                outcome = r.complete() ? Outcome.PARTIAL : r.outcome();
            } else {
                message = r.shortfall();
                kind = r.kind();
                Map<String, String> last = new LinkedHashMap<>(end);
                last.put("shortfall", message);
                ctx.note(StepKind.AGENT_INCOMPLETE, spec.agent().name(), null, r.answer(), last);
                outcome = r.outcome();
            }
        } catch (GuardStop g) {
            Map<String, String> ga = Map.of("guard", g.guard());
            steps.add(Step.builder(StepKind.GUARDRAIL).name(g.guard()).at(rt.clock().now())
                    .failure(g.kind(), g.getMessage()).attributes(ga).build());
            Map<String, String> last = new LinkedHashMap<>(ga);
            last.putAll(recallVerdict(ctx));
            ctx.note(StepKind.AGENT_INCOMPLETE, spec.agent().name(), null, partialAnswer(ctx, g.getMessage()), last);
            outcome = g.outcome();
            kind = g.kind();
            message = g.getMessage();
        } catch (ExecutionPaused p) {
            // Stopped before a call began: the journal is complete up to here, and the next start continues it.
            rt.checkpoints().pause(spec.key(), rt.clock().now());
            throw p;
        } catch (CallUnavailable u) {
            steps.add(Step.builder(StepKind.AGENT_INCOMPLETE).name(spec.agent().name()).at(rt.clock().now())
                    .failure(u.kind(), "stopped: " + u.getMessage()).attributes(recallVerdict(ctx)).build());
            outcome = Outcome.FAILURE;
            kind = u.kind();
            message = u.getMessage();
        }
        journal.finish();
        Instant end = rt.clock().now();
        b.addScore(Rubric.judge(spec.task(), answer, conclusion, end));
        return b.outcome(outcome).errorKind(kind).errorMessage(message == null ? null : rt.redactor().apply(message))
                .retries(ctx.retries()).iterations(ctx.iterations()).duration(Duration.between(start, end).minus(downtime)).build();
    }

    private void recall(ExecutionContext ctx, Journal journal) {
        Optional<JournalEntry> recorded = journal.recall();
        if (recorded.isPresent()) {
            // Memory has grown since: the resumed execution must see what its first run saw.
            JournalEntry e = recorded.get();
            Map<String, String> attrs = new LinkedHashMap<>(RecallCodec.attributes(e.argsKey()));
            attrs.put("replayed", "true");
            if (e.finding() != null) {
                ctx.memoryHint(e.finding());
            }
            ctx.addContextTokens(e.inputTokens());
            ctx.note(StepKind.MEMORY_RECALL, "episodic-memory", ctx.spec().task().text(), e.output(), attrs);
            return;
        }
        ExecutionSpec spec = ctx.spec();
        List<Recollection> found = rt.memory().recall(spec.task().domain(), spec.task().text(), 3, MIN_RECALL_SCORE);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("recalled", Integer.toString(found.size()));
        StringBuilder out = new StringBuilder();
        if (found.isEmpty()) {
            out.append("no similar past episodes");
        }
        for (Recollection r : found) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(String.format(Locale.ROOT, "%.2f %s matched %s: %s", r.score(), r.episode().executionKey(),
                    r.matchedTerms(), r.episode().rootCause() == null ? r.episode().summary() : r.episode().rootCause()));
        }
        if (!found.isEmpty()) {
            Recollection top = found.get(0);
            attrs.put("top_score", String.format(Locale.ROOT, "%.3f", top.score()));
            attrs.put("matched_terms", String.join(",", top.matchedTerms()));
            attrs.put("recalled_keys", String.join(",", found.stream().map(r -> r.episode().executionKey()).toList()));
            if (top.score() >= HINT_SCORE && top.episode().rootCause() != null) {
                ctx.memoryHint(top.episode().rootCause());
                attrs.put("hint", top.episode().rootCause());
            }
            ctx.addContextTokens(60L * found.size());
        }
        ctx.note(StepKind.MEMORY_RECALL, "episodic-memory", spec.task().text(), out.toString(), attrs);
        journal.complete(new JournalEntry(Journal.RECALL_INDEX, JournalEntry.Phase.COMPLETED, CallKind.MEMORY,
                "episodic-memory", RecallCodec.json(attrs), true, true, null, out.toString(), ctx.memoryHint(),
                rt.clock().now(), 0, 60L * found.size(), 0, 0, 0, null));
    }

    /**
     * For an investigation, whether a recalled episode steered it and whether it pointed at the check that
     * settles this incident (judged against the task's truth, which the simulation knows); and for every
     * execution the iterations it was allowed in all.
     */
    private static Map<String, String> recallVerdict(ExecutionContext ctx) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put(ITERATION_LIMIT_ATTRIBUTE, Integer.toString(ctx.iterationAllowance()));
        if (ctx.task().domain() == Domain.SRE) {
            String hinted = SrePlaybook.hintedTool(ctx.memoryHint());
            attrs.put(RECALL_ATTRIBUTE, hinted == null ? RECALL_NONE
                    : hinted.equals(SrePlaybook.hintedTool(ctx.task().rootCause())) ? RECALL_RELEVANT : RECALL_MISLEADING);
        }
        return attrs;
    }

    private static String partialAnswer(ExecutionContext ctx, String reason) {
        String found = ctx.findings().isEmpty() ? "nothing conclusive yet" : String.join("; ", ctx.findings());
        return "Partial answer (stopped: " + reason + "). Found so far: " + found
                + (ctx.gaps().isEmpty() ? "" : ". Missing: " + String.join("; ", ctx.gaps()));
    }
}
