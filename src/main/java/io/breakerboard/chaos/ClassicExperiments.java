package io.breakerboard.chaos;

import io.breakerboard.chaos.internal.Guard;
import io.breakerboard.chaos.internal.Probe;
import io.breakerboard.chaos.internal.Rollback;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three experiments that ship with the application, each the classic check of one resilience mechanism of the
 * engine: an alternative tool when a tool dies, retry then escalation when an agent's calls hang, and response
 * validation when data arrives malformed.
 */
public final class ClassicExperiments {
    public static final String KILL_TOOL = "Kill a tool mid-execution";
    public static final String AGENT_TIMEOUT = "Timeout on one agent";
    public static final String MALFORMED_DATA = "Malformed data";

    private static final WorkloadSpec SRE = new WorkloadSpec(20, 6, Map.of("sre-triage", 1, "sre-investigator", 1),
            Map.of("hierarchical", 1, "iterative", 1));
    private static final WorkloadSpec FINANCE = new WorkloadSpec(20, 6, Map.of("invoice-clerk", 1, "payments-controller", 1),
            Map.of("sequential", 1, "state_machine", 1, "voting", 1));

    private ClassicExperiments() {
    }

    public static List<Experiment> all() {
        return List.of(killTool(), agentTimeout(), malformedData());
    }

    public static boolean isClassic(String name) {
        return all().stream().anyMatch(e -> e.name().equalsIgnoreCase(name));
    }

    /** get_pod_logs dies a third of the way into the method; the agents should answer from describe_pod instead. */
    public static Experiment killTool() {
        return new Experiment(KILL_TOOL,
                "get_pod_logs goes down while investigations are running. The agents should recover through its "
                        + "alternative tool describe_pod: no unhandled error, and describe_pod's breaker stays closed.",
                7, Duration.ofMinutes(4),
                List.of(Probe.fallbackRecovery("get_pod_logs", 90), Probe.unhandledErrors(null, 0),
                        Probe.successRate(null, 60), Probe.breaker("describe_pod", "CLOSED")),
                new ExperimentMethod(SRE, Duration.ofMinutes(9), List.of(new ScheduledFault(Duration.ofMinutes(3),
                        FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.tool("get_pod_logs"), Duration.ofMinutes(6))))),
                List.of(new Guard(Probe.successRate(null, 20), 10)), EnumSet.of(Rollback.RESET_BREAKERS));
    }

    /** Every call of sre-investigator hangs; it should retry, then stop and report the timeout, while sre-triage carries on. */
    public static Experiment agentTimeout() {
        return new Experiment(AGENT_TIMEOUT,
                "Every call of sre-investigator hangs until its time limit. Its executions should retry, then escalate "
                        + "with the timeout as their cause in bounded time, while sre-triage keeps succeeding.",
                11, Duration.ofMinutes(4),
                List.of(Probe.retried("sre-investigator", 90), Probe.escalated("sre-investigator", 90),
                        Probe.p95("sre-investigator", Duration.ofMinutes(6)), Probe.successRate("sre-triage", 60),
                        Probe.unhandledErrors(null, 0)),
                new ExperimentMethod(SRE, Duration.ofMinutes(8), List.of(new ScheduledFault(Duration.ofMinutes(1),
                        FaultSpec.of(FaultKind.HANG, FaultTarget.agent("sre-investigator"), Duration.ofMinutes(7))))),
                List.of(new Guard(Probe.unhandledErrors(null, 0), 1)), EnumSet.of(Rollback.RESET_BREAKERS));
    }

    /** Half of extract_invoice_fields' answers arrive malformed; validation should reject every one. */
    public static Experiment malformedData() {
        return new Experiment(MALFORMED_DATA,
                "Half of the answers of extract_invoice_fields and a fifth of swift-mini's arrive malformed. Validation "
                        + "should catch every one and record it; no execution may end with an unhandled error.",
                13, Duration.ofMinutes(4),
                List.of(Probe.caught(null, 100), Probe.unhandledErrors(null, 0), Probe.successRate(null, 50)),
                new ExperimentMethod(FINANCE, Duration.ofMinutes(8), List.of(
                        new ScheduledFault(Duration.ZERO, FaultSpec.of(FaultKind.MALFORMED,
                                FaultTarget.tool("extract_invoice_fields"), 50, Duration.ofMinutes(8))),
                        new ScheduledFault(Duration.ZERO, FaultSpec.of(FaultKind.MALFORMED, FaultTarget.model("swift-mini"),
                                20, Duration.ofMinutes(8))))),
                List.of(new Guard(Probe.successRate(null, 10), 10)), Set.of());
    }
}
