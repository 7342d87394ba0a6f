package io.breakerboard.demo;

import java.time.Instant;

/**
 * Two bad hours in the demo data, so alerts and dashboards have something to show: a rate-limit storm on
 * support-router (15 Oct 2024, 14:00-15:10 UTC) and a slow bank API that times out reconciler runs
 * (16 Oct 2024, 09:30-10:15 UTC).
 */
final class Incidents {
    private static final Instant STORM_FROM = Instant.parse("2024-10-15T14:00:00Z");
    private static final Instant STORM_TO = Instant.parse("2024-10-15T15:10:00Z");
    private static final Instant BANK_FROM = Instant.parse("2024-10-16T09:30:00Z");
    private static final Instant BANK_TO = Instant.parse("2024-10-16T10:15:00Z");

    private Incidents() {
    }

    /** The failure mode an incident forces on this agent at this time, or null. */
    static FailureMode at(String agent, Instant t) {
        if (agent.equals("support-router") && !t.isBefore(STORM_FROM) && t.isBefore(STORM_TO)) {
            return FailureMode.RATE_LIMIT;
        }
        if (agent.equals("reconciler") && !t.isBefore(BANK_FROM) && t.isBefore(BANK_TO)) {
            return FailureMode.TIMEOUT;
        }
        return null;
    }

    /** Share of runs an incident hits. */
    static double rate(FailureMode mode) {
        return mode == FailureMode.RATE_LIMIT ? 0.45 : 0.35;
    }
}
