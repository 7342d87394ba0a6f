package io.breakerboard.service;

import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.alerts.BreakerStatus;
import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.ShutdownReport;
import io.breakerboard.engine.Workload;
import io.breakerboard.engine.agent.AgentCatalog;
import io.breakerboard.engine.guard.BudgetLine;
import io.breakerboard.engine.llm.ModelSettings;
import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.memory.CheckpointHeader;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.engine.reliability.BreakerState;
import io.breakerboard.engine.reliability.BreakerView;
import io.breakerboard.engine.reliability.ReliabilitySnapshot;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancerSettingsStore;
import io.breakerboard.job.Job;
import io.breakerboard.model.Execution;
import io.breakerboard.pipeline.ExecutionSink;
import io.breakerboard.repository.Repositories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The local agent engine of one workspace, as the window and the command line see it. It also tells the
 * alerts where its circuit breakers stand, so "breaker open longer than N s" watches the engine.
 */
public final class LocalEngine implements EngineControl, BreakerStateSource, AutoCloseable {
    private static final List<EngineChoice> AGENTS = AgentCatalog.all().stream()
            .map(a -> new EngineChoice(a.name(), a.domain().name().toLowerCase(Locale.ROOT))).toList();
    private static final List<EngineChoice> PATTERNS = java.util.Arrays.stream(PatternKind.values())
            .map(p -> new EngineChoice(p.id(), p.domain().name().toLowerCase(Locale.ROOT))).toList();

    private static final System.Logger LOG = System.getLogger(LocalEngine.class.getName());

    /** Finished executions kept for the Engine panel's list. */
    static final int RECENT = 100;

    private final Engine engine;
    private final RecentExecutions recent;
    private final Set<String> leftover;
    private final BalancerSettingsStore balancerStore;
    private String holder;
    private ModelSelection models = new ModelSelection(PriceTable.defaults(), null);

    /** The engine kept for one user's own traffic; closing gives it back. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    private LocalEngine(Engine engine, RecentExecutions recent, BalancerSettingsStore balancerStore) {
        this.engine = engine;
        this.recent = recent;
        this.balancerStore = balancerStore;
        balancerStore.load().ifPresent(engine::balancer);
        // What is unfinished now was left by an earlier run; what this run starts must not be offered for resuming.
        this.leftover = ConcurrentHashMap.newKeySet();
        engine.unfinished().forEach(h -> leftover.add(h.executionKey()));
    }

    /**
     * An engine built by {@code build} around {@code sink}; {@code build} receives the sink to give the engine
     * (it remembers the newest executions on their way).
     */
    public static LocalEngine around(ExecutionSink sink, Function<ExecutionSink, Engine> build) {
        return around(sink, build, BalancerSettingsStore.NONE);
    }

    /** As {@link #around(ExecutionSink, Function)}, with balancer settings loaded from and saved to {@code store}. */
    public static LocalEngine around(ExecutionSink sink, Function<ExecutionSink, Engine> build, BalancerSettingsStore store) {
        RecentExecutions recent = new RecentExecutions(sink, RECENT);
        return new LocalEngine(build.apply(recent), recent, store);
    }

    /**
     * The engine of a data directory: executions into {@code sink}, checkpoints and episodic memory in the
     * database of {@code repositories}, the audit log under {@code dataDir/audit}.
     *
     * @param redactor masks secrets in step text and audit lines
     */
    public static LocalEngine open(EngineClock clock, ExecutionSink sink, Repositories repositories, Path dataDir,
                                   UnaryOperator<String> redactor) {
        PriceTable prices = PriceTable.defaults();
        ModelSelection models = ModelSelection.of(dataDir, prices);
        LocalEngine built = around(sink, s -> Engine.builder(clock, s, redactor)
                .prices(prices)
                .models(models.client())
                .checkpoints(repositories.checkpoints())
                .episodes(repositories.episodes())
                .dataDir(dataDir)
                .build(), repositories.balancerSettings());
        built.models = models;
        return built;
    }

    /** The engine itself, for the composition root (e.g. to install the chaos layer's call interceptor). */
    public Engine engine() {
        return engine;
    }

    @Override
    public List<EngineChoice> agents() {
        return AGENTS;
    }

    @Override
    public List<EngineChoice> patterns() {
        return PATTERNS;
    }

    /**
     * Keeps the engine for {@code who} (a chaos experiment, which brings its own traffic and judges exactly its
     * executions) until the hold is closed. Meanwhile {@link #start} and {@link #stop} refuse, naming the holder;
     * the holder drives {@link #engine()} itself.
     *
     * @throws IllegalStateException when a workload is running or someone else holds the engine
     */
    public synchronized Hold hold(String who) {
        if (holder != null) {
            throw new IllegalStateException(holder + " is using the engine; wait for it to end or cancel it on the Chaos tab");
        }
        if (engine.running()) {
            throw new IllegalStateException("the engine is running a workload; stop it on the Engine tab (or wait for it"
                    + " to end), then try again");
        }
        holder = who;
        return () -> release(who);
    }

    private synchronized void release(String who) {
        if (who.equals(holder)) {
            holder = null;
        }
    }

    /** Who holds the engine now ({@link #hold}), or null. */
    public synchronized String holder() {
        return holder;
    }

    @Override
    public synchronized Job<EngineStats> start(EngineWorkload w) {
        if (holder != null) {
            throw new IllegalStateException(holder + " is running its own traffic on the engine; wait for it to end or"
                    + " cancel it on the Chaos tab, then start the workload");
        }
        Map<PatternKind, Integer> patterns = new EnumMap<>(PatternKind.class);
        w.patternMix().forEach((id, weight) -> patterns.put(PatternKind.parse(id), weight));
        return engine.start(new Workload(w.executionsPerMinute(), w.concurrency(), w.agentMix(), patterns, w.seed(),
                engine.balancer().strategy(), w.duration(), w.executions()));
    }

    @Override
    public BalancerSettings balancer() {
        return engine.balancer();
    }

    @Override
    public void balancer(BalancerSettings settings) {
        engine.balancer(settings);
        balancerStore.save(settings);
    }

    @Override
    public synchronized void stop() {
        if (holder != null) {
            throw new IllegalStateException(holder + " is running its own traffic; cancel it on the Chaos tab to stop it");
        }
        engine.stop();
    }

    @Override
    public EngineStats stats() {
        return engine.stats();
    }

    @Override
    public List<Execution> recent(int limit) {
        return recent.newest(limit);
    }

    @Override
    public ReliabilitySnapshot reliability() {
        return engine.reliability();
    }

    @Override
    public List<String> wrappingOrder() {
        return engine.wrappingOrder();
    }

    @Override
    public void control(String breaker, BreakerCommand command) {
        engine.control(breaker, command);
    }

    @Override
    public List<UnfinishedExecution> unfinished() {
        return engine.unfinished().stream().filter(h -> leftover.contains(h.executionKey()))
                .map(LocalEngine::unfinished).toList();
    }

    private static UnfinishedExecution unfinished(CheckpointHeader h) {
        return new UnfinishedExecution(h.executionKey(), h.agent(), h.pattern(), h.startedAt(), h.pausedAt());
    }

    @Override
    public CompletableFuture<Execution> resume(String key) {
        CompletableFuture<Execution> run = engine.resume(key);
        leftover.remove(key);
        return run;
    }

    @Override
    public void discard(String key) {
        engine.discard(key);
        leftover.remove(key);
    }

    @Override
    public Optional<ModelSettings> model() {
        return models.current();
    }

    @Override
    public String modelProblem() {
        return models.problem();
    }

    @Override
    public void saveModel(Optional<ModelSettings> settings) {
        models.save(settings);
    }

    /**
     * Uses a real model (or the simulated ones, when empty) for this process only, leaving the saved choice as
     * it is (the command line's --model-config).
     */
    public void useModel(Optional<ModelSettings> settings) {
        settings.ifPresentOrElse(models::use, models::useSimulated);
    }

    /** Waits until every finished execution is stored. */
    public void awaitStored() {
        engine.awaitPublished();
    }

    // Alerts see a forced-open breaker as OPEN and a disabled or metrics-only one as CLOSED: calls pass.
    @Override
    public Map<String, BreakerStatus> breakers() {
        Map<String, BreakerStatus> out = new LinkedHashMap<>();
        for (BreakerView b : engine.breakers()) {
            out.put(b.name(), new BreakerStatus(state(b.state()), b.since()));
        }
        return out;
    }

    private static BreakerStatus.State state(BreakerState s) {
        return switch (s) {
            case OPEN, FORCED_OPEN -> BreakerStatus.State.OPEN;
            case HALF_OPEN -> BreakerStatus.State.HALF_OPEN;
            case CLOSED, DISABLED, METRICS_ONLY -> BreakerStatus.State.CLOSED;
        };
    }

    @Override
    public List<BudgetLine> budgets() {
        return engine.budgets();
    }

    /**
     * Stops the workload and lets running executions finish or pause at a call boundary for up to {@code grace}
     * of engine time; what finished is stored. Says what became of them, in the log too.
     */
    public ShutdownReport shutdown(Duration grace) {
        ShutdownReport report = engine.shutdown(grace);
        LOG.log(report.running() == 0 ? System.Logger.Level.DEBUG : System.Logger.Level.INFO, report.describe());
        return report;
    }

    /** What the last close did with the running executions; null while the engine is open. */
    public ShutdownReport lastShutdown() {
        return engine.lastShutdown();
    }

    /** {@link #shutdown} with {@link Engine#CLOSE_GRACE}, unless it already ran. */
    @Override
    public void close() {
        if (engine.lastShutdown() == null) {
            shutdown(Engine.CLOSE_GRACE);
        }
    }
}
