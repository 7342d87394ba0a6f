package io.breakerboard.engine.reliability;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * One circuit breaker on the live panel.
 *
 * @param name                 tool or model name
 * @param kind                 tool or model
 * @param state                current state
 * @param since                engine-clock time the breaker last became {@link BreakerState#tripped() tripped}
 *                             (moving among the tripped states keeps it) or, when not tripped, last recovered
 * @param failureRate          percentage of failed calls in the window; negative while warming up
 * @param slowCallRate         percentage of slow calls in the window; negative while warming up
 * @param bufferedCalls        calls in the window so far
 * @param minimumNumberOfCalls calls needed before the rates count (trial calls in half-open)
 * @param notPermittedCalls    calls refused since the breaker was created
 * @param commands             manual commands legal in this state
 */
public record BreakerView(String name, CallKind kind, BreakerState state, Instant since, float failureRate, float slowCallRate,
                          int bufferedCalls, int minimumNumberOfCalls, long notPermittedCalls,
                          Set<BreakerCommand> commands) {

    /** True until enough calls were seen for the rates to mean anything (resilience4j reports -1 then). */
    public boolean warmingUp() {
        return failureRate < 0;
    }

    /** "warming up 3 / 10" or "12.5%". */
    public String failureRateText() {
        return warmingUp() ? warmup() : String.format(Locale.ROOT, "%.1f%%", failureRate);
    }

    /** "warming up 3 / 10" or "4.0%". */
    public String slowCallRateText() {
        return slowCallRate < 0 ? warmup() : String.format(Locale.ROOT, "%.1f%%", slowCallRate);
    }

    private String warmup() {
        return "warming up " + bufferedCalls + " / " + minimumNumberOfCalls;
    }
}
