package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.ExecutionSpec;
import io.breakerboard.engine.guard.internal.CostBudget;
import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.guard.internal.LoopDetector;
import io.breakerboard.engine.llm.internal.ChatMessage;
import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.memory.internal.Journal;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The state of one running execution: its steps, guards, journal, what it found and what it could not find.
 * Used by one thread at a time.
 */
public final class ExecutionContext {
    /** Step attribute of the event where a resumed execution's replay stopped: {@code diverged}. */
    public static final String RESUME_ATTRIBUTE = "resume";

    /** Tokens of system prompt and tool schemas every model call carries. */
    static final long BASE_CONTEXT_TOKENS = 900;

    private final EngineRuntime rt;
    private final ExecutionSpec spec;
    private final StepRecorder steps;
    private final CostBudget budget;
    private final LoopDetector loops;
    private final Journal journal;
    private final ToolGateway toolGateway;
    private final ModelGateway modelGateway;
    private final List<String> findings = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();
    private final List<String> answered = new ArrayList<>();
    private final List<String> standIns = new ArrayList<>();
    private int callIndex;
    private int iterations;
    private int retries;
    private long contextTokens = BASE_CONTEXT_TOKENS;
    private String memoryHint;
    private String cacheScope;
    private final java.util.Set<IterationLimit> limits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int allowance;
    private ErrorKind gapKind;

    public ExecutionContext(EngineRuntime rt, ExecutionSpec spec, StepRecorder steps, Journal journal) {
        this.rt = rt;
        this.spec = spec;
        this.steps = steps;
        this.journal = journal;
        this.budget = new CostBudget(rt.guards(), rt.spend(), spec.userId());
        this.loops = new LoopDetector(rt.guards().loopThreshold());
        this.toolGateway = new ToolGateway(rt);
        this.modelGateway = new ModelGateway(rt);
    }

    public ExecutionSpec spec() {
        return spec;
    }

    public Task task() {
        return spec.task();
    }

    public EngineRuntime runtime() {
        return rt;
    }

    public StepRecorder steps() {
        return steps;
    }

    public Instant now() {
        return rt.clock().now();
    }

    /**
     * What a tool's answer depends on besides the call: the task's hidden facts, from which simulated tools
     * answer. Part of every result-cache key, so one incident is never answered with another's results.
     */
    public String cacheScope() {
        if (cacheScope == null) {
            cacheScope = spec.task().domain() + new java.util.TreeMap<>(spec.task().facts()).toString();
        }
        return cacheScope;
    }

    /** A random source for one decision, the same on every run and on resume. */
    public RandomGenerator random(String label, int n) {
        return new SplittableRandom(Seeds.mix(Seeds.mix(spec.seed(), label), n));
    }

    /** Asks a model; see {@link ModelGateway#complete}. */
    public ModelReply think(Actor actor, String purpose, String prompt, long outputTokens, String completion) {
        ModelRequest req = new ModelRequest(actor.model(), purpose, prompt, contextTokens, outputTokens, completion);
        return modelGateway.complete(this, actor, req);
    }

    /**
     * Asks a model that chooses its own tools, with the whole conversation and the tools it may call; see
     * {@link ModelGateway#complete}.
     */
    public ModelReply converse(Actor actor, String purpose, List<ChatMessage> messages, List<ToolSpec> tools,
                               long outputTokens) {
        String prompt = messages.isEmpty() ? purpose : messages.get(messages.size() - 1).content();
        ModelRequest req = new ModelRequest(actor.model(), purpose, prompt, contextTokens, outputTokens, "", messages,
                tools);
        return modelGateway.complete(this, actor, req);
    }

    /** Calls a tool; see {@link ToolGateway#call}. */
    public ToolObservation tool(Actor actor, ToolCall call) {
        ToolObservation o = toolGateway.call(this, actor, call);
        contextTokens += Math.max(20, o.text().length() / 4);
        if (o.finding() != null && !findings.contains(o.finding())) {
            findings.add(o.finding());
        }
        if (o.ok() && !answered.contains(call.tool())) {
            answered.add(call.tool());
        }
        if (o.recoveredBy() != null) {
            standIns.add(call.tool() + " (answered by " + o.recoveredBy() + ")");
        }
        return o;
    }

    /** Starts an iteration of an agent loop under its limit. */
    public void iterate(IterationLimit limit, String agent) {
        if (limits.add(limit)) {
            allowance += limit.max();
        }
        limit.next(agent);
        iterations++;
    }

    /**
     * Iterations this execution was allowed in all: the sum of the limits of every loop that ran (the agent's,
     * each specialist's, each voter's). What the iteration anomaly compares against.
     */
    public int iterationAllowance() {
        return allowance;
    }

    /** Records a step without a call: reasoning, a plan, a decision. */
    public void note(StepKind kind, String name, String input, String output, Map<String, String> attributes) {
        steps.add(Step.builder(kind).name(name).at(now()).input(input).output(output)
                .attributes(attributes == null ? Map.of() : new LinkedHashMap<>(attributes)).build());
    }

    public boolean found(String fact) {
        return findings.contains(fact);
    }

    public List<String> findings() {
        return findings;
    }

    public List<String> gaps() {
        return gaps;
    }

    /** Tools that answered so far, in order of their first answer. */
    public List<String> answered() {
        return answered;
    }

    /** Calls a fallback answered instead of the tool, e.g. "get_pod_logs (answered by alternative tool …)". */
    public List<String> standIns() {
        return standIns;
    }

    /** Notes something the answer could not be based on, and why. */
    public void gap(ErrorKind kind, String what) {
        if (!gaps.contains(what)) {
            gaps.add(what);
            gapKind = kind;
        }
    }

    /** The error kind of the latest gap, or null when there is none. */
    public ErrorKind gapKind() {
        return gapKind;
    }

    public String memoryHint() {
        return memoryHint;
    }

    public void memoryHint(String hint) {
        this.memoryHint = hint;
    }

    public void addContextTokens(long tokens) {
        contextTokens += tokens;
    }

    public int iterations() {
        return iterations;
    }

    public int retries() {
        return retries;
    }

    CostBudget budget() {
        return budget;
    }

    LoopDetector loops() {
        return loops;
    }

    Journal journal() {
        return journal;
    }

    /**
     * The journaled result of call {@code index} when this is a resume and the call is the one recorded. At the
     * first call that differs, a {@code RESUME_DIVERGED} event in the trace says so and the rest runs live.
     */
    Optional<JournalEntry> replayed(int index, CallKind kind, String target, String argsKey) {
        boolean following = journal.divergence().isEmpty();
        Optional<JournalEntry> e = journal.replay(index, kind, target, argsKey);
        if (e.isEmpty()) {
            // Nothing of this call has happened yet: the one point where stopping leaves a clean checkpoint.
            rt.pause().check(spec.key());
        }
        if (following && journal.divergence().isPresent()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put(RESUME_ATTRIBUTE, "diverged");
            attrs.put("call_index", Integer.toString(index));
            note(StepKind.EVENT, "resume-diverged", null, "Replay stopped: " + journal.divergence().get()
                    + ". The execution continues live from here.", attrs);
        }
        return e;
    }

    int nextCallIndex() {
        return callIndex++;
    }

    long callSeed(int index) {
        return Seeds.mix(Seeds.mix(spec.seed(), "call"), index);
    }

    void addRetries(int n) {
        retries += n;
    }
}
