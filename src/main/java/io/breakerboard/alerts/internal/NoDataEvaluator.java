package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Minutes since new executions last arrived. Arrival is read from the metrics version, not from the
 * executions' own timestamps: an imported log of last week is new data today, and a quiet live tail is not.
 * Silent until the first data arrives, so an empty workspace raises nothing.
 */
public final class NoDataEvaluator implements RuleEvaluator {
    private final Metrics metrics;
    private long lastVersion = -1;
    private Instant lastChange;

    public NoDataEvaluator(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Map<String, Double> measure(Instant now, RuleSettings settings) {
        long version = metrics.version();
        if (version != lastVersion) {
            lastVersion = version;
            lastChange = now;
        }
        if (!settings.enabled() || version == 0) {
            return Map.of();
        }
        double minutes = now.isAfter(lastChange) ? Units.seconds(Duration.between(lastChange, now)) / 60 : 0;
        return Map.of(ALL, minutes);
    }

    @Override
    public String unmeasuredReason(RuleSettings settings) {
        return settings.enabled() ? "no data recorded yet" : "rule switched off";
    }
}
