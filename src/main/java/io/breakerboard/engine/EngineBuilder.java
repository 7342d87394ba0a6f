package io.breakerboard.engine;

import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.agent.internal.PauseSignal;
import io.breakerboard.engine.guard.internal.AuditLog;
import io.breakerboard.engine.guard.internal.GuardSettings;
import io.breakerboard.engine.guard.internal.JsonLinesAuditLog;
import io.breakerboard.engine.guard.internal.SpendLedger;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.llm.ModelClient;
import io.breakerboard.engine.llm.ModelSpec;
import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.llm.SimulatedModelClient;
import io.breakerboard.engine.memory.CheckpointStore;
import io.breakerboard.engine.memory.EpisodeStore;
import io.breakerboard.engine.memory.internal.EpisodicMemory;
import io.breakerboard.engine.memory.internal.InMemoryCheckpointStore;
import io.breakerboard.engine.memory.internal.InMemoryEpisodeStore;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.ReliabilityRegistry;
import io.breakerboard.engine.reliability.ReliabilitySettings;
import io.breakerboard.engine.reliability.ResilientCaller;
import io.breakerboard.engine.reliability.internal.ToolFees;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.ToolResultCache;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.internal.ExecutionPublisher;
import io.breakerboard.pipeline.ExecutionSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Wires an {@link Engine}. Everything but the clock, the sink and the redactor has a default. */
public final class EngineBuilder {
    private final EngineClock clock;
    private final ExecutionSink sink;
    private final UnaryOperator<String> redactor;
    private ReliabilitySettings reliability = ReliabilitySettings.defaults();
    private GuardSettings guards = GuardSettings.defaults();
    private PriceTable prices = PriceTable.defaults();
    private AuditLog audit = AuditLog.NONE;
    private CheckpointStore checkpoints = new InMemoryCheckpointStore();
    private EpisodeStore episodes = new InMemoryEpisodeStore(10_000);
    private ToolCatalog tools = ToolCatalog.standard();
    private ModelClient models;
    private Duration cacheTtl = Duration.ofMinutes(2);
    private int memoryCapacity = 100;
    private boolean cacheEnabled = true;
    private BalancerSettings balancer = BalancerSettings.defaults();

    EngineBuilder(EngineClock clock, ExecutionSink sink, UnaryOperator<String> redactor) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    public EngineBuilder reliability(ReliabilitySettings v) { this.reliability = v; return this; }
    public EngineBuilder guards(GuardSettings v) { this.guards = v; return this; }
    public EngineBuilder prices(PriceTable v) { this.prices = v; return this; }
    public EngineBuilder audit(AuditLog v) { this.audit = v; return this; }
    public EngineBuilder checkpoints(CheckpointStore v) { this.checkpoints = v; return this; }
    public EngineBuilder episodes(EpisodeStore v) { this.episodes = v; return this; }
    public EngineBuilder tools(ToolCatalog v) { this.tools = v; return this; }
    public EngineBuilder models(ModelClient v) { this.models = v; return this; }
    public EngineBuilder cacheTtl(Duration v) { this.cacheTtl = v; return this; }
    public EngineBuilder memoryCapacity(int v) { this.memoryCapacity = v; return this; }
    public EngineBuilder balancer(BalancerSettings v) { this.balancer = v; return this; }
    /** False sends every call to its tool: to measure what the cache changes. */
    public EngineBuilder cacheEnabled(boolean v) { this.cacheEnabled = v; return this; }

    /** Writes the audit log to {@code <dataDir>/audit/engine-audit.jsonl}. */
    public EngineBuilder dataDir(Path dataDir) {
        this.audit = new JsonLinesAuditLog(JsonLinesAuditLog.fileIn(dataDir), redactor);
        return this;
    }

    /** The shared services, without the engine around them; for running single executions directly. */
    public EngineRuntime runtime() {
        ReliabilityRegistry registry = new ReliabilityRegistry(clock, reliability);
        ToolResultCache cache = new ToolResultCache(clock, cacheTtl, 5_000, cacheEnabled);
        registry.cacheStats(cache::view);
        ToolFees fees = new ToolFees();
        registry.toolFees(fees::view);
        for (String t : tools.names()) {
            registry.register(CallKind.TOOL, t);
        }
        for (ModelSpec m : ModelCatalog.all()) {
            registry.register(CallKind.MODEL, m.name());
        }
        ResilientCaller caller = new ResilientCaller(registry, clock);
        return new EngineRuntime(clock, registry, caller, tools, models != null ? models : new SimulatedModelClient(prices),
                prices, cache, guards, new SpendLedger(clock, guards), checkpoints, new EpisodicMemory(episodes, memoryCapacity),
                audit, redactor, fees, new PauseSignal());
    }

    public Engine build() {
        return new Engine(runtime(), new ExecutionPublisher(sink), balancer);
    }
}
