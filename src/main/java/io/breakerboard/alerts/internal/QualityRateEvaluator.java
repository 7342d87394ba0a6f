package io.breakerboard.alerts.internal;

import io.breakerboard.alerts.RuleKind;
import io.breakerboard.alerts.RuleSettings;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Tool success rate or root-cause-found rate per agent, in percent, from {@link QualityWindows}. The minimum counts
 * the executions that say something: those that called a tool, or those with a root-cause verdict.
 */
public final class QualityRateEvaluator implements RuleEvaluator {
    private final RuleKind kind;
    private final QualityWindows windows;
    private long measuredVersion = -1;
    private TimeRange measuredRange;
    private Map<String, QualityWindows.Counts> measured = Map.of();

    public QualityRateEvaluator(RuleKind kind, QualityWindows windows) {
        if (kind != RuleKind.TOOL_SUCCESS_RATE && kind != RuleKind.ROOT_CAUSE_RATE) {
            throw new IllegalArgumentException("not a quality rule: " + kind.id());
        }
        this.kind = kind;
        this.windows = windows;
    }

    @Override
    public Map<String, Double> measure(Instant now, RuleSettings settings) {
        if (!settings.enabled()) {
            return Map.of();
        }
        Map<String, Double> out = new HashMap<>();
        counts(settings.window(), now).forEach((agent, c) -> {
            boolean tools = kind == RuleKind.TOOL_SUCCESS_RATE;
            long judged = tools ? c.withTools() : c.judged();
            if (judged > 0 && judged >= settings.minExecutions()) {
                double rate = tools ? 1.0 - (double) c.toolFailures() / c.toolCalls() : (double) c.found() / c.judged();
                out.put(agent, rate * 100);
            }
        });
        return out;
    }

    // Summed again only when an execution was counted or the window moved on to another minute.
    private Map<String, QualityWindows.Counts> counts(Duration window, Instant now) {
        TimeRange range = WindowSnapshots.windowEnding(window, now);
        if (windows.version() != measuredVersion || !range.equals(measuredRange)) {
            measured = windows.over(range);
            measuredVersion = windows.version();
            measuredRange = range;
        }
        return measured;
    }

    @Override
    public String unmeasuredReason(RuleSettings settings) {
        if (!settings.enabled()) {
            return "rule switched off";
        }
        String which = kind == RuleKind.TOOL_SUCCESS_RATE
                ? " executions with tool calls" : " executions with a root-cause verdict";
        return "fewer than " + settings.minExecutions() + which + " in the last " + Units.setting(settings.window());
    }
}
