package io.breakerboard.demo;

import io.breakerboard.model.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An endless, deterministic supply of simulated executions, in start order: which agent runs is drawn by the
 * agents' traffic weights, when by {@link Arrivals}, how it goes by {@link ExecutionSimulator}.
 */
final class ExecutionStream {
    /** The demo data starts here: Monday 14 October 2024, 00:00 UTC. */
    static final Instant FROM = Instant.parse("2024-10-14T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(3);

    private final SimRandom r;
    private final ExecutionSimulator simulator;
    private final Arrivals arrivals;
    private final List<AgentProfile> agents = AgentCatalog.agents();
    private final int totalWeight;
    private final String keyPrefix;
    private final Duration shift;
    private long n;

    ExecutionStream(long seed, String keyPrefix, long expectedCount) {
        this(seed, keyPrefix, expectedCount, Duration.ZERO);
    }

    /** As the stream of the committed logs, every execution moved by {@code shift} (incidents move with it). */
    ExecutionStream(long seed, String keyPrefix, long expectedCount, Duration shift) {
        this.r = new SimRandom(seed);
        this.simulator = new ExecutionSimulator(r);
        this.arrivals = new Arrivals(r, FROM, SPAN, expectedCount);
        this.totalWeight = agents.stream().mapToInt(AgentProfile::weight).sum();
        this.keyPrefix = keyPrefix;
        this.shift = shift;
    }

    Execution next() {
        return at(arrivals.next());
    }

    /** The next execution, started at a given time (for bursts of concurrent sessions). */
    Execution at(Instant start) {
        AgentProfile a = pickAgent();
        FailureMode incident = Incidents.at(a.name(), start);
        FailureMode mode = simulator.chooseMode(a, incident == null ? 0 : Incidents.rate(incident), incident);
        String key = String.format(Locale.ROOT, "%s-%07d", keyPrefix, ++n);
        return simulator.simulate(key, a, start.plus(shift), mode);
    }

    Instant nextStart() {
        return arrivals.next();
    }

    /** A number drawn from the same stream, uniform in [lo, hi]. */
    int between(int lo, int hi) {
        return r.between(lo, hi);
    }

    private AgentProfile pickAgent() {
        int u = r.between(0, totalWeight - 1);
        for (AgentProfile a : agents) {
            u -= a.weight();
            if (u < 0) {
                return a;
            }
        }
        return agents.get(agents.size() - 1);
    }
}
