package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.alerts.BreakerStatus;
import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Seconds each circuit breaker has been away from closed. A closed breaker measures 0, so its alert resolves;
 * a breaker no longer reported is not measured.
 */
public final class BreakerOpenEvaluator implements RuleEvaluator {
    private final BreakerStateSource source;

    public BreakerOpenEvaluator(BreakerStateSource source) {
        this.source = source;
    }

    @Override
    public Map<String, Double> measure(Instant now, RuleSettings settings) {
        if (!settings.enabled()) {
            return Map.of();
        }
        Map<String, BreakerStatus> breakers = source.breakers();
        Map<String, Double> out = new HashMap<>(breakers.size() * 2);
        breakers.forEach((name, status) -> {
            if (name != null && status != null) {
                double open = status.open() && status.since().isBefore(now)
                        ? Units.seconds(Duration.between(status.since(), now)) : 0;
                out.put(name, open);
            }
        });
        return out;
    }

    @Override
    public String unmeasuredReason(RuleSettings settings) {
        return settings.enabled() ? "breaker no longer reported" : "rule switched off";
    }
}
