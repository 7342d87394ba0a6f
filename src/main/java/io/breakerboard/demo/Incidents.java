package io.breakerboard.demo;

import io.breakerboard.chaos.ChaosCatalog;
import io.breakerboard.chaos.FaultInjector;
import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.FaultTarget;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.llm.ModelSpec;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.engine.tool.ToolCatalog;
import java.time.Duration;
import java.time.Instant;

/**
 * Two bad hours in the demo data, so alerts and dashboards have something to show, as chaos faults on the demo
 * run's virtual time: a rate-limit storm on the cheap model (15 Oct 2024, 14:00-15:10 UTC: 45 % of its calls
 * answer 429) and a document-AI API that hangs until its calls time out (16 Oct 2024, 09:30-10:15 UTC: every
 * invoice scan it is asked to read).
 */
final class Incidents {
    static final Instant STORM_FROM = Instant.parse("2024-10-15T14:00:00Z");
    static final Duration STORM = Duration.ofMinutes(70);
    static final Instant HANG_FROM = Instant.parse("2024-10-16T09:30:00Z");
    static final Duration HANG = Duration.ofMinutes(45);
    /** The external document-AI API that reads invoice scans. */
    static final String DOCUMENT_AI = "extract_invoice_fields";

    private Incidents() {
    }

    /** A fault injector holding both incidents, timed from {@code from} (the start of the demo data, maybe moved). */
    static FaultInjector injector(VirtualClock clock, Instant from) {
        FaultInjector faults = new FaultInjector(clock, new ChaosCatalog(ToolCatalog.standard().names(),
                DemoFleet.names(), ModelCatalog.all().stream().map(ModelSpec::name).toList()));
        Duration shift = Duration.between(Arrivals.FROM, from);
        schedule(faults, clock, FaultSpec.of(FaultKind.RATE_LIMITED, FaultTarget.model(ModelCatalog.CHEAP), 45, STORM),
                STORM_FROM.plus(shift));
        schedule(faults, clock, FaultSpec.of(FaultKind.HANG, FaultTarget.tool(DOCUMENT_AI), HANG),
                HANG_FROM.plus(shift));
        return faults;
    }

    private static void schedule(FaultInjector faults, VirtualClock clock, FaultSpec fault, Instant at) {
        faults.schedule(fault, Duration.between(clock.now(), at), "demo");
    }
}
