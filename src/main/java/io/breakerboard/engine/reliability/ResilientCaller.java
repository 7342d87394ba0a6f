package io.breakerboard.engine.reliability;

import io.breakerboard.engine.reliability.internal.CallStats;
import io.breakerboard.engine.reliability.internal.WrappingOrder;
import io.breakerboard.engine.sim.EngineClock;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The one place that wraps a call, in {@link WrappingOrder#LAYERS} order:
 * {@code fallback( retry( circuitBreaker( rateLimiter( bulkhead( timeLimiter( faults( call )))))))}.
 *
 * <p>The layers are resilience4j's components driven by hand rather than its decorators, because a simulated
 * call returns its latency instead of taking it: the time limiter compares that latency with its limit, the
 * breaker records it as the call's duration, and every wait (latency, rate-limit permit, retry backoff) is a
 * {@link EngineClock#sleep}, which on a virtual clock costs no real time. A real call (an HTTP model client)
 * takes its latency while it runs; the layers then wait only for what has not passed on the clock, such as a
 * fault's added latency. Retries use resilience4j's
 * {@code Retry.AsyncContext}, which computes the backoff and updates the retry metrics but leaves the waiting
 * to the caller.
 *
 * <p>Each attempt passes the breaker and counts there once: a call retried three times is three calls the
 * dependency saw, and an open breaker ends the retry loop at once (short-circuits are not retried).
 */
public final class ResilientCaller {
    private final ReliabilityRegistry registry;
    private final EngineClock clock;
    private volatile CallInterceptor interceptor = CallInterceptor.NONE;

    public ResilientCaller(ReliabilityRegistry registry, EngineClock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Installs the fault hook; {@link CallInterceptor#NONE} removes it. */
    public void interceptor(CallInterceptor next) {
        this.interceptor = next == null ? CallInterceptor.NONE : next;
    }

    public CallInterceptor interceptor() {
        return interceptor;
    }

    /**
     * Runs a call through every layer.
     *
     * @param site     the call (attempt number is set per attempt)
     * @param call     performs one attempt at the given site, returning its latency instead of taking it
     * @param fallback what stands in when every attempt failed; not consulted for permission, validation or
     *                 budget failures, which a fallback must never route around
     */
    public <T> CallResult<T> call(CallSite site, Function<CallSite, Attempt<T>> call, Fallback<T> fallback) {
        long start = clock.nanos();
        Retry.AsyncContext<Object> retry = registry.retry(site.kind(), site.target()).asyncContext();
        CallStats stats = registry.stats(site.kind(), site.target());
        List<AttemptRecord> attempts = new ArrayList<>(2);
        CallFailure last;
        int n = 1;
        while (true) {
            CallSite s = site.withAttempt(n);
            Attempt<T> a = guarded(s, call, stats, attempts);
            if (a.succeeded()) {
                retry.onComplete();
                return new CallResult<>(a.value(), null, attempts, elapsedSince(start), null);
            }
            last = a.failure().withSeed(s.seed() + n);
            long waitMillis = retry.onError(last);
            if (waitMillis < 1) {
                break;
            }
            stats.retried(clock.nanos());
            clock.sleep(Duration.ofMillis(waitMillis));
            n++;
        }
        if (last.type() != FailureType.PERMISSION_DENIED && last.type() != FailureType.VALIDATION
                && last.type() != FailureType.BUDGET_EXCEEDED) {
            Optional<Recovery<T>> r = fallback.recover(last);
            if (r.isPresent()) {
                return new CallResult<>(r.get().value(), last, attempts, elapsedSince(start), r.get().source());
            }
        }
        return new CallResult<>(null, last, attempts, elapsedSince(start), null);
    }

    private <T> Attempt<T> guarded(CallSite s, Function<CallSite, Attempt<T>> call, CallStats stats,
                                   List<AttemptRecord> attempts) {
        Instant at = clock.now();
        CircuitBreaker cb = registry.breaker(s.kind(), s.target());
        if (!cb.tryAcquirePermission()) {
            return refused(s, at, stats, attempts, new CallFailure(FailureType.CIRCUIT_OPEN,
                    "circuit breaker '" + s.target() + "' is " + cb.getState() + "; call not attempted"));
        }
        if (s.kind() == CallKind.MODEL) {
            RateLimiter rl = registry.rateLimiter(s.target());
            long waitNanos = rl.reservePermission(1);
            if (waitNanos < 0) {
                cb.releasePermission();
                Duration period = rl.getRateLimiterConfig().getLimitRefreshPeriod();
                return refused(s, at, stats, attempts, new CallFailure(FailureType.RATE_LIMITED,
                        "local rate limit of " + s.target() + " reached (" + rl.getRateLimiterConfig().getLimitForPeriod()
                                + " per " + period + ")", period));
            }
            if (waitNanos > 0) {
                clock.sleep(Duration.ofNanos(waitNanos));
            }
        }
        Bulkhead bh = registry.bulkhead(s.agent());
        if (!bh.tryAcquirePermission()) {
            cb.releasePermission();
            return refused(s, at, stats, attempts, new CallFailure(FailureType.BULKHEAD_FULL, "agent " + s.agent()
                    + " already has " + bh.getBulkheadConfig().getMaxConcurrentCalls() + " calls in flight"));
        }
        try {
            Attempt<T> a;
            long callStart = clock.nanos();
            try {
                a = interceptor.intercept(s, () -> call.apply(s));
            } catch (RuntimeException e) {
                cb.releasePermission();
                throw e;
            }
            TimeLimiter tl = registry.timeLimiter(s.kind(), s.target());
            Duration limit = tl.getTimeLimiterConfig().getTimeoutDuration();
            // A real call has already taken its time; only what has not passed yet is waited for.
            Duration passed = Duration.ofNanos(clock.nanos() - callStart);
            if (a.latency().compareTo(limit) > 0) {
                waitRest(limit, passed);
                tl.onError(new TimeoutException(s.target() + " exceeded " + limit));
                a = Attempt.failed(new CallFailure(FailureType.TIMEOUT,
                        s.target() + " did not answer within the " + limit.toMillis() + " ms time limit"), limit);
            } else {
                waitRest(a.latency(), passed);
                tl.onSuccess();
            }
            long nanos = a.latency().toNanos();
            if (a.succeeded()) {
                cb.onSuccess(nanos, TimeUnit.NANOSECONDS);
            } else {
                cb.onError(nanos, TimeUnit.NANOSECONDS, a.failure());
            }
            CallOutcome outcome = a.succeeded() ? CallOutcome.SUCCESS : CallOutcome.of(a.failure());
            stats.record(outcome, a.latency(), clock.nanos());
            attempts.add(new AttemptRecord(s.attempt(), at, a.latency(), outcome, a.failure(), a.usage()));
            return a;
        } finally {
            bh.onComplete();
        }
    }

    private void waitRest(Duration total, Duration passed) {
        Duration rest = total.minus(passed);
        if (passed.isZero() || !(rest.isNegative() || rest.isZero())) {
            clock.sleep(rest);
        }
    }

    private <T> Attempt<T> refused(CallSite s, Instant at, CallStats stats, List<AttemptRecord> attempts, CallFailure f) {
        CallOutcome outcome = CallOutcome.of(f);
        stats.record(outcome, Duration.ZERO, clock.nanos());
        attempts.add(new AttemptRecord(s.attempt(), at, Duration.ZERO, outcome, f, io.breakerboard.engine.reliability.Usage.NONE));
        return Attempt.failed(f, Duration.ZERO);
    }

    private Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(clock.nanos() - startNanos);
    }
}
