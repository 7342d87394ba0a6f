package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleKind;
import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.model.Units;
import java.time.Instant;
import java.util.Map;

/** Error rate or success rate over all agents, in percent, once the window holds enough executions. */
public final class RateEvaluator implements RuleEvaluator {
    private final RuleKind kind;
    private final WindowSnapshots snapshots;

    public RateEvaluator(RuleKind kind, WindowSnapshots snapshots) {
        if (kind != RuleKind.ERROR_RATE && kind != RuleKind.SUCCESS_RATE) {
            throw new IllegalArgumentException("not a rate rule: " + kind.id());
        }
        this.kind = kind;
        this.snapshots = snapshots;
    }

    @Override
    public Map<String, Double> measure(Instant now, RuleSettings settings) {
        if (!settings.enabled()) {
            return Map.of();
        }
        AgentStats total = snapshots.over(settings.window(), now).total();
        if (total.executions() < settings.minExecutions()) {
            return Map.of();
        }
        double rate = kind == RuleKind.ERROR_RATE ? total.errorRate() : total.successRate();
        return Map.of(ALL, rate * 100);
    }

    @Override
    public String unmeasuredReason(RuleSettings settings) {
        return settings.enabled()
                ? "fewer than " + settings.minExecutions() + " executions in the last " + Units.setting(settings.window())
                : "rule switched off";
    }
}
