package io.breakerboard.ui.engine;

import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.engine.reliability.BreakerState;
import io.breakerboard.engine.reliability.BreakerView;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallOutcome;
import io.breakerboard.engine.reliability.CallStatsView;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * One circuit breaker as its card shows it, with every text already formatted.
 *
 * @param name        tool or model
 * @param kind        {@code model} or {@code tool}
 * @param state       the breaker's state (its colour)
 * @param stateText   {@code CLOSED}, {@code OPEN 42 s}, …
 * @param failureRate {@code 12.5%} or {@code warming up 3 / 10}
 * @param slowRate    {@code 4.0%} or {@code warming up 3 / 10}
 * @param calls       attempts in the rolling window
 * @param success     … of which succeeded
 * @param failure     failed at the dependency
 * @param timeout     ran out of time
 * @param shortCircuited refused by the open breaker
 * @param bulkheadRejected refused by a full bulkhead
 * @param rateLimited refused by a rate limiter or answered 429
 * @param retries     retries started in the window
 * @param p50         median latency, or a dash when no call reached the dependency
 * @param p95         95th percentile latency
 * @param p99         99th percentile latency
 * @param refused     calls refused since the breaker was created
 * @param commands    manual commands legal now
 */
public record BreakerRow(String name, String kind, BreakerState state, String stateText, String failureRate,
                         String slowRate, long calls, long success, long failure, long timeout, long shortCircuited,
                         long bulkheadRejected, long rateLimited, long retries, String p50, String p95, String p99,
                         long refused, Set<BreakerCommand> commands) {

    /** The row of a breaker and its call statistics ({@code calls} may be null: no statistics yet). */
    public static BreakerRow of(BreakerView b, CallStatsView calls, Instant now) {
        boolean measured = calls != null && calls.count(CallOutcome.SUCCESS) + calls.count(CallOutcome.FAILURE)
                + calls.count(CallOutcome.TIMEOUT) > 0;
        return new BreakerRow(b.name(), b.kind() == CallKind.MODEL ? "model" : "tool", b.state(), stateText(b, now),
                b.failureRateText(), b.slowCallRateText(), calls == null ? 0 : calls.attempts(),
                count(calls, CallOutcome.SUCCESS), count(calls, CallOutcome.FAILURE), count(calls, CallOutcome.TIMEOUT),
                count(calls, CallOutcome.SHORT_CIRCUITED), count(calls, CallOutcome.BULKHEAD_REJECTED),
                count(calls, CallOutcome.RATE_LIMITED), calls == null ? 0 : calls.retries(),
                measured ? Units.duration(calls.p50()) : "–", measured ? Units.duration(calls.p95()) : "–",
                measured ? Units.duration(calls.p99()) : "–", b.notPermittedCalls(), b.commands());
    }

    private static long count(CallStatsView calls, CallOutcome o) {
        return calls == null ? 0 : calls.count(o);
    }

    // A tripped breaker says for how long: that is what the breaker-open alert measures too.
    private static String stateText(BreakerView b, Instant now) {
        String name = b.state().name().replace('_', ' ');
        if (!b.state().tripped() || b.since() == null || now.isBefore(b.since())) {
            return name;
        }
        Duration open = Duration.between(b.since(), now);
        return name + " " + (open.toSeconds() < 60 ? open.toSeconds() + " s" : Units.duration(open.withNanos(0)));
    }

    /** True while the breaker has too few calls for its rates to mean anything. */
    public boolean warmingUp() {
        return failureRate.startsWith("warming up");
    }

    /** The CSS class of the state colour, e.g. {@code state-forced-open}. */
    public String stateStyle() {
        return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
