package io.breakerboard.engine.reliability;

import io.breakerboard.engine.reliability.internal.CallStats;
import io.breakerboard.engine.reliability.internal.IllegalBreakerCommandException;
import io.breakerboard.engine.reliability.internal.WrappingOrder;
import io.breakerboard.engine.sim.EngineClock;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.IllegalStateTransitionException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Owns every resilience4j component of the engine, all on the engine clock: a circuit breaker, retry, time
 * limiter and statistics per tool and per model, a rate limiter per model, a bulkhead per agent instance.
 * Takes the live snapshot and applies manual breaker commands. Thread-safe.
 */
public final class ReliabilityRegistry {
    private final EngineClock clock;
    private volatile ReliabilitySettings settings;
    private final ConcurrentMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CallKind> kinds = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Instant> since = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Retry> retries = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, TimeLimiter> timeLimiters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, RateLimiter> rateLimiters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bulkhead> bulkheads = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CallStats> stats = new ConcurrentHashMap<>();
    private volatile Supplier<CacheView> cache = () -> CacheView.EMPTY;
    private volatile Supplier<List<ToolFeeView>> toolFees = List::of;

    public ReliabilityRegistry(EngineClock clock, ReliabilitySettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public ReliabilitySettings settings() {
        return settings;
    }

    /**
     * Applies new settings. Breakers whose thresholds changed are replaced and start closed with empty counts;
     * the others keep their state. Retries, time limits, rate limits and bulkheads take effect for new calls.
     */
    public synchronized void update(ReliabilitySettings next) {
        ReliabilitySettings prev = settings;
        settings = next;
        breakers.replaceAll((name, cb) -> {
            boolean model = kinds.get(name) == CallKind.MODEL;
            return prev.breakerFor(name, model).equals(next.breakerFor(name, model)) ? cb : newBreaker(name, model);
        });
        retries.clear();
        timeLimiters.clear();
        rateLimiters.clear();
        bulkheads.clear();
    }

    /** Creates the components of a tool or model ahead of its first call, so the panel lists it from the start. */
    public void register(CallKind kind, String name) {
        breaker(kind, name);
        stats(kind, name);
    }

    /** Where the cache statistics of the snapshot come from. */
    public void cacheStats(Supplier<CacheView> source) {
        this.cache = source;
    }

    /** Where the tool fees of the snapshot come from. */
    public void toolFees(Supplier<List<ToolFeeView>> source) {
        this.toolFees = source;
    }

    /** A breaker by name, when it exists. */
    public Optional<CircuitBreaker> breaker(String name) {
        return Optional.ofNullable(breakers.get(name));
    }

    CircuitBreaker breaker(CallKind kind, String name) {
        CircuitBreaker cb = breakers.get(name);
        if (cb != null) {
            return cb;
        }
        kinds.putIfAbsent(name, kind);
        return breakers.computeIfAbsent(name, n -> newBreaker(n, kind == CallKind.MODEL));
    }

    private CircuitBreaker newBreaker(String name, boolean model) {
        CircuitBreaker cb = CircuitBreaker.of(name, settings.breakerFor(name, model).toConfig(clock.asClock()));
        since.put(name, clock.now());
        // Only crossing between tripped and normal counts: an outage swinging OPEN <-> HALF_OPEN stays one outage.
        cb.getEventPublisher().onStateTransition(e -> {
            boolean was = BreakerState.of(e.getStateTransition().getFromState()).tripped();
            boolean now = BreakerState.of(e.getStateTransition().getToState()).tripped();
            if (was != now && breakers.get(name) == cb) {
                since.put(name, clock.now());
            }
        });
        return cb;
    }

    Retry retry(CallKind kind, String name) {
        return retries.computeIfAbsent(name, n ->
                Retry.of(n, (kind == CallKind.MODEL ? settings.modelRetry() : settings.toolRetry()).toConfig()));
    }

    TimeLimiter timeLimiter(CallKind kind, String name) {
        return timeLimiters.computeIfAbsent(name, n -> TimeLimiter.of(n, TimeLimiterConfig.custom()
                .timeoutDuration(kind == CallKind.MODEL ? settings.modelTimeout() : settings.toolTimeout()).build()));
    }

    /** resilience4j's atomic rate limiter, reading time from the engine clock instead of System.nanoTime. */
    RateLimiter rateLimiter(String model) {
        return rateLimiters.computeIfAbsent(model, n ->
                new AtomicRateLimiter(n, settings.modelRateLimit().toConfig(), Map.of(), clock::nanos));
    }

    Bulkhead bulkhead(String agentInstance) {
        return bulkheads.computeIfAbsent(agentInstance, n -> Bulkhead.of(n, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.bulkheadPerAgent()).maxWaitDuration(Duration.ZERO).build()));
    }

    CallStats stats(CallKind kind, String name) {
        CallStats s = stats.get(name);
        return s != null ? s : stats.computeIfAbsent(name, n -> new CallStats(n, kind, settings.statsWindow()));
    }

    long nowNanos() {
        return clock.nanos();
    }

    /**
     * Applies a manual command to a breaker.
     *
     * @throws IllegalArgumentException       when no breaker has that name
     * @throws IllegalBreakerCommandException when the command is not legal in the breaker's state; the state is
     *                                        unchanged
     */
    public void control(String name, BreakerCommand command) {
        CircuitBreaker cb = breakers.get(name);
        if (cb == null) {
            throw new IllegalArgumentException("no circuit breaker named '" + name + "'; known: " + new TreeMap<>(breakers).keySet());
        }
        BreakerState state = BreakerState.of(cb.getState());
        if (!BreakerCommand.allowedIn(state).contains(command)) {
            throw new IllegalBreakerCommandException("breaker '" + name + "' is " + state + ": " + command
                    + " is only legal from OPEN, HALF_OPEN, FORCED_OPEN or DISABLED; use FORCE_OPEN to stop calls");
        }
        try {
            switch (command) {
                case FORCE_OPEN -> cb.transitionToForcedOpenState();
                case CLOSE -> cb.transitionToClosedState();
                case HALF_OPEN -> cb.transitionToHalfOpenState();
                case DISABLE -> cb.transitionToDisabledState();
                case METRICS_ONLY -> cb.transitionToMetricsOnlyState();
                case RESET -> cb.reset();
            }
        } catch (IllegalStateTransitionException e) {
            throw new IllegalBreakerCommandException("breaker '" + name + "' refused " + command + " from " + state
                    + ": " + e.getMessage());
        }
    }

    /** Every circuit breaker, by name: cheap enough to ask every second (the breaker-open alert does). */
    public List<BreakerView> breakers() {
        List<BreakerView> bv = new ArrayList<>();
        for (Map.Entry<String, CircuitBreaker> e : new TreeMap<>(breakers).entrySet()) {
            CircuitBreaker cb = e.getValue();
            CircuitBreaker.Metrics m = cb.getMetrics();
            BreakerState state = BreakerState.of(cb.getState());
            int min = state == BreakerState.HALF_OPEN
                    ? cb.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState()
                    : cb.getCircuitBreakerConfig().getMinimumNumberOfCalls();
            bv.add(new BreakerView(e.getKey(), kinds.getOrDefault(e.getKey(), CallKind.TOOL), state,
                    since.getOrDefault(e.getKey(), clock.now()), m.getFailureRate(), m.getSlowCallRate(),
                    m.getNumberOfBufferedCalls(), min, m.getNumberOfNotPermittedCalls(), BreakerCommand.allowedIn(state)));
        }
        return List.copyOf(bv);
    }

    /** Everything the live panel shows, at this instant of the engine clock. */
    public ReliabilitySnapshot snapshot() {
        long now = clock.nanos();
        List<BreakerView> bv = breakers();
        List<CallStatsView> cv = new ArrayList<>();
        for (CallStats s : new TreeMap<>(stats).values()) {
            cv.add(s.view(now));
        }
        List<BulkheadView> bh = new ArrayList<>();
        for (Bulkhead b : new TreeMap<>(bulkheads).values()) {
            int max = b.getMetrics().getMaxAllowedConcurrentCalls();
            bh.add(new BulkheadView(b.getName(), max, max - b.getMetrics().getAvailableConcurrentCalls()));
        }
        List<RateLimiterView> rl = new ArrayList<>();
        for (RateLimiter r : new TreeMap<>(rateLimiters).values()) {
            rl.add(new RateLimiterView(r.getName(), r.getRateLimiterConfig().getLimitForPeriod(),
                    r.getRateLimiterConfig().getLimitRefreshPeriod(), r.getMetrics().getAvailablePermissions()));
        }
        return new ReliabilitySnapshot(clock.now(), WrappingOrder.LAYERS, bv, List.copyOf(cv),
                List.copyOf(bh), List.copyOf(rl), cache.get(), toolFees.get());
    }
}
