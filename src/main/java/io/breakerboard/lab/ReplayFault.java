package io.breakerboard.lab;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.FaultTarget;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A chaos fault laid over recorded traffic for the whole replay, written {@code KIND=NAME[@PERCENT]}:
 * {@code tool-down=get_pod_logs}, {@code model-outage=atlas-pro}, {@code error-rate=all@25}, {@code latency=search}.
 * The name is a tool, a model or an agent of the replayed traffic, or {@code all}.
 *
 * @param kind    the chaos fault
 * @param name    what it is aimed at; null for every call
 * @param percent share of matching calls hit; the kind's default when not written
 */
public record ReplayFault(FaultKind kind, String name, double percent) {

    public ReplayFault {
        if (!(percent > 0) || percent > 100) {
            throw new IllegalArgumentException("a fault hits above 0 and at most 100 % of calls, got " + percent);
        }
    }

    /** @throws IllegalArgumentException saying what is wrong and how a fault is written */
    public static ReplayFault parse(String text) {
        String t = text == null ? "" : text.strip();
        int eq = t.indexOf('=');
        if (eq < 1) {
            throw new IllegalArgumentException("fault '" + text + "' is not KIND=NAME[@PERCENT], e.g. tool-down=get_pod_logs");
        }
        FaultKind kind = FaultKind.parse(t.substring(0, eq));
        String rest = t.substring(eq + 1).strip();
        double percent = kind.defaultPercent();
        int at = rest.indexOf('@');
        if (at >= 0) {
            try {
                percent = Double.parseDouble(rest.substring(at + 1).replace("%", "").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault '" + text + "': the share after @ is not a number", e);
            }
            rest = rest.substring(0, at).strip();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("fault '" + text + "' names no tool, model or agent (or all)");
        }
        return new ReplayFault(kind, rest.equalsIgnoreCase("all") ? null : rest, percent);
    }

    /**
     * The chaos fault on the replay's names.
     *
     * @throws IllegalArgumentException when no replayed call or agent has the name
     */
    FaultSpec spec(Set<String> tools, Set<String> models, Set<String> agents, Duration duration) {
        FaultTarget target;
        if (name == null) {
            target = FaultTarget.ALL;
        } else if (tools.contains(name) && kind.reachesTools()) {
            target = FaultTarget.tool(name);
        } else if (models.contains(name) && kind.reachesModels()) {
            target = FaultTarget.model(name);
        } else if (agents.contains(name)) {
            target = FaultTarget.agent(name);
        } else {
            throw new IllegalArgumentException("no replayed execution calls or is run by '" + name + "' that "
                    + kind.label().toLowerCase(Locale.ROOT) + " can reach; tools called: " + list(tools)
                    + "; models: " + list(models) + "; agents: " + list(agents));
        }
        return FaultSpec.of(kind, target, percent, duration);
    }

    /** In words: {@code tool-down on get_pod_logs (100 %)}. */
    public String describe() {
        return kind.id() + " on " + (name == null ? "all calls" : name) + " (" + LabMetric.format(
                LabMetric.COMPLETED.key(), percent / 100) + ")";
    }

    private static String list(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().sorted().toList());
    }
}
