package io.breakerboard.cli;

import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.reliability.CacheView;
import io.breakerboard.engine.reliability.ToolFeeView;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.InstanceLoad;
import io.breakerboard.model.Money;
import io.breakerboard.model.Units;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What {@code engine run} prints after its summary: instance load, episodic memory's benefit, tool fees by API. */
final class EngineRunDetails {
    private final EngineStats stats;
    private final BalancerSettings balancer;
    private final List<ToolFeeView> fees;
    private final CacheView cache;

    EngineRunDetails(EngineStats stats, BalancerSettings balancer, List<ToolFeeView> fees, CacheView cache) {
        this.stats = stats;
        this.balancer = balancer;
        this.fees = fees;
        this.cache = cache;
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Balancer: %s, %d executions per instance, queue of %,d%n", balancer.strategy().id(),
                balancer.instanceCapacity(), balancer.queueCapacity());
        out.printf(Locale.ROOT, "  %-26s %8s %9s  %s%n", "instance", "placed", "in flight", "health");
        for (InstanceLoad l : stats.instances()) {
            out.printf(Locale.ROOT, "  %-26s %,8d %4d / %-3d  %s%n", l.id(), l.placed(), l.inFlight(), l.capacity(),
                    l.healthy() ? "healthy" : "out of rotation");
        }
        EngineStats.MemoryBenefit m = stats.memory();
        if (m.investigations() > 0) {
            out.printf(Locale.ROOT, "Memory: %s of %,d investigations recalled a past incident, %,d of them relevant",
                    Units.percent(m.hinted(), m.investigations()), m.investigations(), m.relevant());
            if (!Double.isNaN(m.iterationsSaved())) {
                out.printf(Locale.ROOT, "; %.1f iterations with a relevant recall, %.1f without", m.iterationsRelevant(),
                        m.iterationsUnhinted());
            }
            out.println();
        }
        if (!fees.isEmpty()) {
            out.printf(Locale.ROOT, "Tool fees by API (the cache saved %s in all):%n", Money.format(cache.savedMicros()));
            out.printf(Locale.ROOT, "  %-18s %8s %12s %10s %12s%n", "api", "calls", "paid", "cache hits", "saved");
            for (ToolFeeView f : fees) {
                out.printf(Locale.ROOT, "  %-18s %,8d %12s %,10d %12s%n", f.api(), f.calls(), Money.format(f.costMicros()),
                        f.cacheHits(), Money.format(f.savedMicros()));
            }
        }
    }
}
