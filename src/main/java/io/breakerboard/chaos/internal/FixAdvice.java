package io.breakerboard.chaos.internal;

import io.breakerboard.chaos.FaultScope;
import io.breakerboard.chaos.FaultSpec;
import java.util.List;

/** What to change when a probe deviates: the first thing an engineer would look at, in one sentence. */
public final class FixAdvice {
    private FixAdvice() {
    }

    /** @param faults the method's faults: a deviation far from where they aimed says the failure spread */
    public static String forProbe(Probe p, List<FaultSpec> faults) {
        String who = p.subject() == null ? "the agents" : p.subject();
        boolean aimedElsewhere = p.subject() != null && !faults.isEmpty() && faults.stream().allMatch(
                f -> f.target().scope() == FaultScope.AGENT && !f.target().name().equals(p.subject()));
        if (aimedElsewhere && p.kind().guardable() && p.kind() != io.breakerboard.chaos.internal.ProbeKind.BREAKER_STATE) {
            List<String> elsewhere = faults.stream().map(f -> f.target().name()).distinct().toList();
            return "The faults were aimed at " + String.join(", ", elsewhere) + ", yet " + p.subject() + " suffered: circuit "
                    + "breakers and fallbacks are per tool and model, shared by every agent, so one agent's failures "
                    + "opened them for all. Give each agent its own breakers, or cut the time limit so the faulty agent "
                    + "fails fast without tripping them";
        }
        return switch (p.kind()) {
            case SUCCESS_RATE -> "Give the tools " + who + " depends on an alternative tool or a cached fallback, and retry "
                    + "transient failures, so one failing dependency does not fail the execution";
            case P95_DURATION -> "Lower the time limit of the slow dependency or let its circuit breaker open sooner "
                    + "(slow-call duration), so " + who + " stops waiting on it";
            case UNHANDLED_ERRORS -> "Catch the failure where " + who + " calls the dependency and end the execution with a "
                    + "named cause instead of an unclassified error or a crash";
            case BREAKER_STATE -> "The failure spread to " + p.subject() + ": check its breaker thresholds, and give its "
                    + "callers a fallback so they stop hammering it";
            case RETRIED -> "Retry transient failures (timeouts, 5xx, 429) of " + who + " with backoff before giving up";
            case ESCALATED -> "After retries and fallbacks, stop and hand over with the fault's cause instead of running "
                    + "into another limit (iterations, budget, loops)";
            case FALLBACK_RECOVERY -> "Give " + p.subject() + " an alternative tool its arguments fit, or keep a cached "
                    + "result to answer from while it is down";
            case CAUGHT -> "Validate answers against their schema before use and record every rejected answer as a "
                    + "failed step";
        };
    }

    /** For a fault that touched nothing it was meant to. */
    public static String faultsReachedNothing() {
        return "The faults reached no call here: check their target and percent, and that the workload calls that target";
    }

    /** For a fault of a method that changed no call. */
    public static String unusedFault() {
        return "Aim the fault at a tool, agent or model the workload uses, or raise its percent";
    }

    /** For an experiment started while other faults were held. */
    public static String otherFaults() {
        return "Stop all faults before running an experiment, so its baseline is clean";
    }
}
