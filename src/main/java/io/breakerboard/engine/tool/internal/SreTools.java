package io.breakerboard.engine.tool.internal;

import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.sim.internal.LatencyModel;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolPrice;
import io.breakerboard.engine.tool.ToolSpec;
import java.util.List;

/** Simulated tools of an on-call engineer: health checks, pods, logs, deploys and runbooks. All read-only. */
public final class SreTools {
    private static final FailureProfile FLAKY = new FailureProfile(0.03, 0.01, 0.01);
    private static final FailureProfile STEADY = new FailureProfile(0.01, 0.005, 0.005);

    /** External APIs behind some tools bill per call; cluster reads are free. */
    static final java.util.Map<String, ToolPrice> PRICES = java.util.Map.of(
            "get_pod_logs", ToolPrice.usd("log-analytics", 0.0015),
            "search_runbooks", ToolPrice.usd("runbook-search", 0.002),
            "check_service_health", ToolPrice.usd("metrics-api", 0.0002));

    private SreTools() {
    }

    public static List<Tool> all() {
        return List.of(
                tool("check_service_health", "Health, error rate and latency of a service", STEADY, LatencyModel.of(120, 0.4),
                        "list_pods", ArgSchema.builder().arg("service", ArgRule.matching("[a-z][a-z0-9-]{1,40}")).build(),
                        SreTools::health),
                tool("list_pods", "Pods of a namespace with status and restarts", STEADY, LatencyModel.of(200, 0.4), null,
                        ArgSchema.builder().arg("namespace", ArgRule.matching("[a-z][a-z0-9-]{1,40}"))
                                .arg("selector", ArgRule.text(false)).build(), SreTools::pods),
                tool("get_pod_logs", "Recent log lines of a pod", FLAKY, LatencyModel.of(600, 0.7), "describe_pod",
                        ArgSchema.builder().arg("pod", ArgRule.matching("[a-z][a-z0-9-]{1,60}"))
                                .arg("tail", ArgRule.integer(false)).build(), SreTools::logs),
                tool("describe_pod", "Pod spec, state and events", STEADY, LatencyModel.of(250, 0.4), null,
                        ArgSchema.builder().arg("pod", ArgRule.matching("[a-z][a-z0-9-]{1,60}")).build(), SreTools::describe),
                tool("get_recent_deploys", "Deployments of a service in the last hours", STEADY, LatencyModel.of(300, 0.5), null,
                        ArgSchema.builder().arg("service", ArgRule.matching("[a-z][a-z0-9-]{1,40}"))
                                .arg("hours", ArgRule.integer(true)).build(), SreTools::deploys),
                tool("search_runbooks", "Full-text search over the runbooks", FLAKY, LatencyModel.of(450, 0.6), null,
                        ArgSchema.builder().arg("query", ArgRule.text(true)).build(), SreTools::runbooks));
    }

    private static Tool tool(String name, String description, FailureProfile failures, LatencyModel latency,
                             String alternative, ArgSchema schema, ToolBehaviour behaviour) {
        return new SimulatedTool(new ToolSpec(name, description, Permission.READ, true, schema, latency, failures,
                alternative, "1", PRICES.getOrDefault(name, ToolPrice.FREE)), behaviour);
    }

    private static ToolOutput health(ToolCall c, Task t, java.util.random.RandomGenerator r) {
        String service = c.args().get("service");
        if (!service.equals(t.facts().get("service"))) {
            return ToolOutput.of(service + ": HEALTHY, error rate 0.1%, p95 180 ms");
        }
        return ToolOutput.of(String.format("%s: DEGRADED, error rate %.1f%%, p95 %d ms", service,
                4 + r.nextDouble() * 20, 900 + r.nextInt(3000)));
    }

    private static ToolOutput pods(ToolCall c, Task t, java.util.random.RandomGenerator r) {
        String cause = t.fact("cause");
        String pod = t.fact("pod");
        String state = cause.equals("oom") ? "CrashLoopBackOff, " + (5 + r.nextInt(10)) + " restarts" : "Running, 0 restarts";
        String text = "3 pods: " + pod + " (" + state + "), " + pod.substring(0, pod.length() - 2) + "qz (Running), "
                + pod.substring(0, pod.length() - 2) + "kv (Running)";
        return new ToolOutput(text, cause.equals("oom") ? "pods of " + t.fact("service") + " restart repeatedly" : null);
    }

    private static ToolOutput logs(ToolCall c, Task t, java.util.random.RandomGenerator r) {
        String line = switch (t.fact("cause")) {
            case "bad-deploy" -> "ERROR NullPointerException at PaymentClient.charge(PaymentClient.java:88) [" + t.fact("version") + "]";
            case "oom" -> "ERROR java.lang.OutOfMemoryError: Java heap space";
            case "db-pool" -> "WARN HikariPool-1 - Connection is not available, request timed out after 30000ms";
            default -> "ERROR PKIX path validation failed: certificate expired for upstream ledger.internal";
        };
        String cause = t.fact("cause");
        boolean decisive = cause.equals("db-pool") || cause.equals("cert-expired");
        return new ToolOutput((50 + r.nextInt(200)) + " lines; most frequent: " + line, decisive ? t.rootCause() : null);
    }

    private static ToolOutput describe(ToolCall c, Task t, java.util.random.RandomGenerator r) {
        boolean oom = t.fact("cause").equals("oom");
        String text = "State: Running; Last State: " + (oom ? "Terminated (OOMKilled), memory limit 512Mi" : "none")
                + "; Events: " + (oom ? "Back-off restarting failed container" : "none in the last hour");
        return new ToolOutput(text, oom ? t.rootCause() : null);
    }

    private static ToolOutput deploys(ToolCall c, Task t, java.util.random.RandomGenerator r) {
        String cause = t.fact("cause");
        if (cause.equals("bad-deploy")) {
            return new ToolOutput(t.fact("version") + " deployed " + (10 + r.nextInt(50)) + " min ago by ci-bot",
                    t.rootCause());
        }
        if (cause.equals("oom")) {
            return ToolOutput.of("config change 2 h ago: memory limit 1Gi -> 512Mi");
        }
        return ToolOutput.of("no deployments in the last " + c.args().get("hours") + " hours");
    }

    private static ToolOutput runbooks(ToolCall c, Task t, java.util.random.RandomGenerator r) {
        String title = switch (t.fact("cause")) {
            case "db-pool" -> "RB-112 Connection pool exhaustion: raise pool size, check slow queries";
            case "cert-expired" -> "RB-087 Expired upstream certificates: rotate via cert-manager";
            case "oom" -> "RB-045 OOMKilled pods: review memory limits";
            default -> "RB-019 Roll back a bad deploy";
        };
        return ToolOutput.of("2 runbooks: " + title + "; RB-001 General incident triage");
    }
}
