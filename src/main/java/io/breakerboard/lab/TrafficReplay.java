package io.breakerboard.lab;

import io.breakerboard.chaos.ChaosCatalog;
import io.breakerboard.chaos.FaultInjector;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.engine.reliability.BreakerSettings;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.RateLimitSettings;
import io.breakerboard.engine.reliability.ReliabilityRegistry;
import io.breakerboard.engine.reliability.ReliabilitySettings;
import io.breakerboard.engine.reliability.ResilientCaller;
import io.breakerboard.engine.reliability.RetrySettings;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.ToolResultCache;
import io.breakerboard.model.Execution;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * What-if replay: recorded executions (any format, or the engine's own) play their model and tool calls back
 * through the engine's reliability wrappers and the chaos fault injector, on a virtual clock, under a scenario,
 * and the result is set against what happened: success, cost, P95, breaker openings, the executions saved and
 * lost, overall and per agent. Executions start at their recorded instants and overlap as they did (each is a
 * worker of the clock's scheduler), so breakers see the traffic in its recorded order. Executions whose steps
 * hold no model or tool call are listed as not replayable, with the reason.
 */
public final class TrafficReplay {
    /** The model tier's breaker when the scenario sets one for tools only: the engine's model default. */
    private static final Duration MODEL_SLOW = Duration.ofSeconds(15);

    private final Clock wall;

    /** @param wall stamps the run's creation time */
    public TrafficReplay(Clock wall) {
        this.wall = wall;
    }

    /**
     * Replays on the calling thread.
     *
     * @param executions recorded executions with their steps
     * @param done       told the number of replayed executions after each one
     * @param cancelled  polled before every call
     * @throws CancellationException when cancelled
     * @throws IllegalArgumentException when the scenario's fault names nothing the traffic calls
     */
    public LabRun run(List<Execution> executions, ReplayScenario s, IntConsumer done, BooleanSupplier cancelled) {
        Outcome o = replay(executions, s, done, cancelled);
        List<LabItem> items = new ArrayList<>();
        o.results().stream().filter(ReplayedExecution::saved).forEach(r -> items.add(new LabItem(LabItem.SAVED,
                r.recorded().key(), r.recorded().agent(), r.detail())));
        o.results().stream().filter(ReplayedExecution::lost).forEach(r -> items.add(new LabItem(LabItem.LOST,
                r.recorded().key(), r.recorded().agent(), r.detail())));
        items.addAll(o.notReplayable());
        int replayed = o.results().size();
        return new LabRun(UUID.randomUUID().toString(), LabKind.REPLAY, s.seed(),
                "What-if replay of " + replayed + " recorded executions: " + s.describe()
                        + (o.notReplayable().isEmpty() ? "" : " (" + o.notReplayable().size() + " not replayable)"),
                "seed " + s.seed() + "; " + executions.size() + " executions selected, " + replayed + " replayed, "
                        + o.notReplayable().size() + " not replayable; breaker openings are the replay's own (a log "
                        + "does not say when its breakers opened)", wall.instant(),
                ReplaySummary.of(o.results(), o.breakerOpenings()),
                items);
    }

    /**
     * What a replay came to, execution by execution.
     *
     * @param results          the replayed executions in the order they started
     * @param notReplayable    the others, with why
     * @param breakerOpenings  times a breaker opened during the replay
     */
    record Outcome(List<ReplayedExecution> results, List<LabItem> notReplayable, long breakerOpenings) {
    }

    Outcome replay(List<Execution> executions, ReplayScenario s, IntConsumer done, BooleanSupplier cancelled) {
        List<Execution> sorted = new ArrayList<>(executions);
        sorted.sort(Comparator.comparing(Execution::startedAt).thenComparing(Execution::key));
        List<Execution> replayable = new ArrayList<>();
        List<RecordedCalls.Parsed> parsed = new ArrayList<>();
        List<LabItem> notReplayable = new ArrayList<>();
        for (Execution e : sorted) {
            RecordedCalls.Parsed p = RecordedCalls.of(e);
            if (p.notReplayable() != null) {
                notReplayable.add(new LabItem(LabItem.NOT_REPLAYABLE, e.key(), e.agent(), p.notReplayable()));
            } else {
                replayable.add(e);
                parsed.add(p);
            }
        }
        Instant origin = replayable.isEmpty() ? LabEngine.ORIGIN : replayable.get(0).startedAt();
        VirtualClock clock = new VirtualClock(origin);
        Map<String, CallKind> targets = targets(parsed);
        ReliabilityRegistry registry = new ReliabilityRegistry(clock, settings(s, parsed, targets));
        ResilientCaller caller = new ResilientCaller(registry, clock);
        if (s.fault() != null) {
            caller.interceptor(injector(s, clock, replayable, targets));
        }
        AtomicLong openings = new AtomicLong();
        targets.forEach((name, kind) -> {
            registry.register(kind, name);
            registry.breaker(name).ifPresent(cb -> cb.getEventPublisher().onStateTransition(t -> {
                if (t.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                    openings.incrementAndGet();
                }
            }));
        });
        ToolResultCache cache = new ToolResultCache(clock, ReplayScenario.CACHE_TTL, 100_000, s.cache());
        CallReplayer calls = new CallReplayer(caller, clock, s, TypicalAnswers.of(
                parsed.stream().map(RecordedCalls.Parsed::calls).toList()), cache);
        ExecutionReplayer replayer = new ExecutionReplayer(clock, calls, s, cancelled);
        List<ReplayedExecution> results = replayAll(clock, replayer, replayable, parsed, done);
        return new Outcome(results, notReplayable, openings.get());
    }

    private static List<ReplayedExecution> replayAll(VirtualClock clock, ExecutionReplayer replayer,
                                                     List<Execution> executions, List<RecordedCalls.Parsed> parsed,
                                                     IntConsumer done) {
        ReplayedExecution[] results = new ReplayedExecution[executions.size()];
        List<CompletableFuture<Void>> workers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger finished = new AtomicInteger();
        // One dispatcher starts each execution's worker at its recorded start, so only overlapping ones hold a thread.
        CompletableFuture<Void> dispatcher = clock.scheduler().spawn("replay-dispatch", () -> {
            for (int i = 0; i < executions.size(); i++) {
                int n = i;
                clock.sleepUntil(executions.get(n).startedAt());
                workers.add(clock.scheduler().spawn("replay-" + n, () -> {
                    results[n] = replayer.replay(executions.get(n), parsed.get(n));
                    done.accept(finished.incrementAndGet());
                }));
            }
        });
        try {
            dispatcher.join();
            List<CompletableFuture<Void>> all;
            synchronized (workers) {
                all = List.copyOf(workers);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        return List.of(results);
    }

    private static Map<String, CallKind> targets(List<RecordedCalls.Parsed> parsed) {
        Map<String, CallKind> targets = new HashMap<>();
        for (RecordedCalls.Parsed p : parsed) {
            for (RecordedCall c : p.calls()) {
                targets.putIfAbsent(c.target, c.kind);
                if (c.alternative != null) {
                    targets.putIfAbsent(c.alternative.target, c.alternative.kind);
                }
            }
        }
        for (RecordedCall alt : catalogAlternatives(targets)) {
            targets.putIfAbsent(alt.target, CallKind.TOOL);
        }
        return targets;
    }

    private static List<RecordedCall> catalogAlternatives(Map<String, CallKind> targets) {
        io.breakerboard.engine.tool.ToolCatalog catalog = io.breakerboard.engine.tool.ToolCatalog.standard();
        List<RecordedCall> out = new ArrayList<>();
        for (String t : targets.keySet()) {
            if (targets.get(t) == CallKind.TOOL && catalog.names().contains(t)) {
                String alt = catalog.get(t).spec().alternative();
                if (alt != null) {
                    out.add(new RecordedCall(CallKind.TOOL, alt, null));
                }
            }
        }
        return out;
    }

    /**
     * The engine's reliability settings for the scenario. "As recorded" parts are the wrappers made neutral: one
     * attempt per recorded attempt, no time limit, breakers whose window is longer than the traffic so they never
     * judge, and bulkheads and rate limits wider than any recorded concurrency.
     */
    static ReliabilitySettings settings(ReplayScenario s, List<RecordedCalls.Parsed> parsed,
                                        Map<String, CallKind> targets) {
        ReliabilitySettings base = ReliabilitySettings.defaults();
        RetrySettings toolRetry = withAttempts(base.toolRetry(), s.attempts());
        RetrySettings modelRetry = withAttempts(base.modelRetry(), s.attempts());
        Duration toolTimeout = s.toolTimeout() == null ? ReplayScenario.NEVER : s.toolTimeout();
        BreakerSettings neutral = neverOpens(parsed, s.attempts());
        BreakerSettings toolBreaker = s.breaker() == null ? neutral : s.breaker();
        BreakerSettings modelBreaker = s.breaker() == null ? neutral
                : new BreakerSettings(s.breaker().failureRateThreshold(), s.breaker().slowCallRateThreshold(),
                s.breaker().slowCallDuration().compareTo(MODEL_SLOW) < 0 ? MODEL_SLOW : s.breaker().slowCallDuration(),
                s.breaker().slidingWindowSize(), s.breaker().minimumNumberOfCalls(), s.breaker().waitInOpenState(),
                s.breaker().permittedCallsInHalfOpen());
        return new ReliabilitySettings(toolBreaker, modelBreaker, Map.of(), toolRetry, modelRetry, toolTimeout,
                ReplayScenario.NEVER, 1_000_000, new RateLimitSettings(1_000_000, Duration.ofSeconds(1),
                Duration.ZERO), base.statsWindow());
    }

    private static RetrySettings withAttempts(RetrySettings r, Integer attempts) {
        return new RetrySettings(attempts == null ? 1 : attempts, r.initialInterval(), r.multiplier(), r.jitter(),
                r.maxInterval());
    }

    // A window longer than every attempt the replay can make: never full, so the breaker never opens.
    private static BreakerSettings neverOpens(List<RecordedCalls.Parsed> parsed, Integer attempts) {
        long recorded = 0;
        int most = 1;
        for (RecordedCalls.Parsed p : parsed) {
            for (RecordedCall c : p.calls()) {
                recorded += c.attempts.size() + (c.alternative == null ? 0 : c.alternative.attempts.size());
                most = Math.max(most, c.attempts.size());
            }
        }
        long bound = (recorded + 1) * Math.max(most, attempts == null ? 1 : attempts) * 2 + 1;
        int window = (int) Math.min(Integer.MAX_VALUE - 8, bound);
        return new BreakerSettings(100, 100, ReplayScenario.NEVER, window, window, Duration.ofSeconds(30), 1);
    }

    private static FaultInjector injector(ReplayScenario s, VirtualClock clock, List<Execution> executions,
                                          Map<String, CallKind> targets) {
        TreeSet<String> tools = new TreeSet<>();
        TreeSet<String> models = new TreeSet<>();
        targets.forEach((name, kind) -> (kind == CallKind.TOOL ? tools : models).add(name));
        TreeSet<String> agents = new TreeSet<>();
        executions.forEach(e -> agents.add(e.agent()));
        FaultSpec spec = s.fault().spec(tools, models, agents, FaultSpec.MAX_DURATION);
        FaultInjector injector = new FaultInjector(clock, new ChaosCatalog(List.copyOf(tools), List.copyOf(agents),
                List.copyOf(models)));
        // The fault lasts the whole replay: back-to-back windows of the longest a fault may last.
        Instant last = executions.stream().map(Execution::endedAt).max(Comparator.naturalOrder()).orElse(clock.now());
        Duration span = Duration.between(clock.now(), last).plusDays(1);
        for (long k = 0; k * FaultSpec.MAX_DURATION.toNanos() < span.toNanos() * 2; k++) {
            injector.schedule(spec, FaultSpec.MAX_DURATION.multipliedBy(k), "replay");
        }
        return injector;
    }
}
