package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Spend over the window scaled to a day, in USD: over the default 24 h window that is simply the last day's
 * spend; over a shorter window it is the rate of spending, so a burst shows before the day is out.
 */
public final class CostPerDayEvaluator implements RuleEvaluator {
    private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

    private final WindowSnapshots snapshots;

    public CostPerDayEvaluator(WindowSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Map<String, Double> measure(Instant now, RuleSettings settings) {
        if (!settings.enabled()) {
            return Map.of();
        }
        long micros = snapshots.over(settings.window(), now).total().costMicros();
        double perDayMicros = (double) micros * DAY_SECONDS / settings.window().toSeconds();
        return Map.of(ALL, perDayMicros / Money.MICROS_PER_USD);
    }

    @Override
    public String unmeasuredReason(RuleSettings settings) {
        return "rule switched off";
    }
}
