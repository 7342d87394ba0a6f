package io.breakerboard.chaos.internal;

import io.breakerboard.chaos.FaultScope;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Invocation;
import io.breakerboard.engine.reliability.Usage;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * What each fault kind does to one call, expressed on the {@link Attempt} as the engine's interceptor contract
 * asks. Failure messages end with a {@code [chaos f-N]} tag so a trace shows which failures were injected.
 */
public final class FaultEffects {
    /** Far beyond any time limit: the limiter ends the attempt as a timeout at its limit. */
    static final Duration HANG = Duration.ofHours(1);
    static final Duration REFUSED = Duration.ofMillis(15);

    private FaultEffects() {
    }

    /** The attempt after a fault, and whether the fault changed it. */
    public record Effect<T>(Attempt<T> attempt, boolean hit) {
    }

    /** True when the fault is aimed at this call. */
    public static boolean matches(FaultSpec spec, CallSite site) {
        boolean model = site.kind() == CallKind.MODEL;
        if (model ? !spec.kind().reachesModels() : !spec.kind().reachesTools()) {
            return false;
        }
        FaultScope scope = spec.target().scope();
        String name = spec.target().name();
        return switch (scope) {
            case ALL -> true;
            case TOOL -> !model && site.target().equals(name);
            case MODEL -> model && site.target().equals(name);
            case AGENT -> site.agent() != null && (site.agent().equals(name) || site.agent().startsWith(name + "#"));
        };
    }

    /**
     * Applies the fault to a call it matched and whose probability roll it won.
     *
     * @param tag    appended to failure messages, e.g. {@code [chaos f-3]}
     * @param random drawn from for the jitter; seeded per call and fault
     */
    public static <T> Effect<T> apply(FaultSpec spec, String tag, CallSite site, Invocation<T> next, RandomGenerator random) {
        String target = site.target();
        return switch (spec.kind()) {
            case TOOL_DOWN -> hit(Attempt.failed(new CallFailure(FailureType.SERVER_ERROR,
                    target + ": connection refused, the tool is down " + tag), REFUSED));
            case MODEL_OUTAGE -> hit(Attempt.failed(new CallFailure(FailureType.SERVER_ERROR,
                    target + ": 503 Service Unavailable, model outage " + tag), REFUSED));
            case ERROR_RATE -> {
                Attempt<T> a = next.proceed();
                yield hit(Attempt.failed(new CallFailure(FailureType.SERVER_ERROR,
                        target + ": 500 Internal Server Error " + tag), a.latency()));
            }
            case HANG -> hit(Attempt.failed(new CallFailure(FailureType.TIMEOUT, target + " never answered " + tag), HANG));
            case LATENCY -> {
                Attempt<T> a = next.proceed();
                long jitter = spec.jitter().toNanos();
                long extra = spec.latency().toNanos() + (jitter == 0 ? 0 : random.nextLong(-jitter, jitter + 1));
                yield hit(a.withLatency(a.latency().plusNanos(Math.max(0, extra))));
            }
            case MALFORMED -> {
                Attempt<T> a = next.proceed();
                yield a.succeeded() ? hit(a.withFailure(new CallFailure(FailureType.MALFORMED,
                        target + ": response does not match its schema (truncated JSON) " + tag))) : new Effect<>(a, false);
            }
            case PERMISSION_DENIED -> hit(Attempt.failed(new CallFailure(FailureType.PERMISSION_DENIED,
                    target + ": 403 Forbidden " + tag), REFUSED));
            case RATE_LIMITED -> hit(Attempt.failed(new CallFailure(FailureType.RATE_LIMITED, target
                    + ": 429 Too Many Requests, retry after " + spec.retryAfter().toMillis() + " ms " + tag,
                    spec.retryAfter()), REFUSED));
            case TOKEN_SPIKE -> {
                Attempt<T> a = next.proceed();
                yield a.usage().equals(Usage.NONE) ? new Effect<>(a, false) : hit(a.withUsage(a.usage().scaled(spec.factor())));
            }
        };
    }

    private static <T> Effect<T> hit(Attempt<T> a) {
        return new Effect<>(a, true);
    }
}
