package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calls a sound incident investigation makes, in order. A hint from memory ("last time it was a bad
 * deploy") moves the call that would confirm it to the very front, before the health check: a right hint settles
 * the incident with its first call, a wrong one costs that call.
 */
public final class SrePlaybook {
    private SrePlaybook() {
    }

    static List<ToolCall> plan(Task t, String hint) {
        String service = t.fact("service");
        String pod = t.fact("pod");
        List<ToolCall> calls = new ArrayList<>(List.of(
                ToolCall.of("check_service_health", "service", service),
                ToolCall.of("list_pods", "namespace", t.fact("namespace"), "selector", "app=" + service),
                ToolCall.of("get_pod_logs", "pod", pod, "tail", "200"),
                ToolCall.of("describe_pod", "pod", pod),
                ToolCall.of("get_recent_deploys", "service", service, "hours", "24"),
                ToolCall.of("search_runbooks", "query", t.fact("symptom") + " " + service)));
        String hinted = hintedTool(hint);
        if (hinted != null) {
            for (int i = 1; i < calls.size(); i++) {
                if (calls.get(i).tool().equals(hinted)) {
                    calls.add(0, calls.remove(i));
                    break;
                }
            }
        }
        return calls;
    }

    /** The tool that would confirm a remembered root cause, or null. */
    public static String hintedTool(String rootCause) {
        if (rootCause == null) {
            return null;
        }
        String c = rootCause.toLowerCase(Locale.ROOT);
        if (c.contains("deploy")) {
            return "get_recent_deploys";
        }
        if (c.contains("oomkilled") || c.contains("memory")) {
            return "describe_pod";
        }
        if (c.contains("connection pool") || c.contains("certificate")) {
            return "get_pod_logs";
        }
        return null;
    }
}
