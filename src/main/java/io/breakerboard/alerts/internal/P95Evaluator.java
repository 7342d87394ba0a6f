package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.metrics.AgentStats;
import io.breakerboard.model.Units;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The 95th percentile of execution duration per agent, in seconds, for agents with enough executions. */
public final class P95Evaluator implements RuleEvaluator {
    private final WindowSnapshots snapshots;

    public P95Evaluator(WindowSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public Map<String, Double> measure(Instant now, RuleSettings settings) {
        if (!settings.enabled()) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>();
        for (AgentStats a : snapshots.over(settings.window(), now).agents()) {
            if (a.executions() >= settings.minExecutions() && a.durations() != null) {
                out.put(a.agent(), Units.seconds(a.durations().p95()));
            }
        }
        return out;
    }

    @Override
    public String unmeasuredReason(RuleSettings settings) {
        return settings.enabled()
                ? "fewer than " + settings.minExecutions() + " executions in the last " + Units.setting(settings.window())
                : "rule switched off";
    }
}
