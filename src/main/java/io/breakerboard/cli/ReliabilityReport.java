package io.breakerboard.cli;

import io.breakerboard.engine.reliability.BreakerView;
import io.breakerboard.engine.reliability.BulkheadView;
import io.breakerboard.engine.reliability.CacheView;
import io.breakerboard.engine.reliability.CallOutcome;
import io.breakerboard.engine.reliability.CallStatsView;
import io.breakerboard.engine.reliability.RateLimiterView;
import io.breakerboard.engine.reliability.ReliabilitySnapshot;
import io.breakerboard.model.Units;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reliability panel as text: one row per circuit breaker, then cache, bulkheads, rate limiters, wrapping order. */
final class ReliabilityReport {
    private final ReliabilitySnapshot snapshot;

    ReliabilityReport(ReliabilitySnapshot snapshot) {
        this.snapshot = snapshot;
    }

    void print(PrintWriter out) {
        Duration window = snapshot.calls().isEmpty() ? Duration.ZERO : snapshot.calls().get(0).window();
        out.println("Circuit breakers (calls in the last " + Units.duration(window) + " of engine time)");
        TextTable table = new TextTable(List.of("BREAKER", "KIND", "STATE", "FAILURE", "SLOW", "OK", "FAILED",
                "TIMEOUT", "SHORT-CIRC", "BULKHEAD", "RATE-LTD", "RETRIES", "P50", "P95", "P99"),
                false, false, false, true, true, true, true, true, true, true, true, true, true, true, true);
        for (BreakerView b : snapshot.breakers()) {
            Optional<CallStatsView> calls = snapshot.calls().stream().filter(c -> c.name().equals(b.name())).findFirst();
            List<String> row = new ArrayList<>(List.of(b.name(), b.kind().name().toLowerCase(Locale.ROOT),
                    b.state().name().toLowerCase(Locale.ROOT).replace('_', '-'), b.failureRateText(), b.slowCallRateText()));
            for (CallOutcome o : CallOutcome.values()) {
                row.add(calls.map(c -> Units.count(c.count(o))).orElse("-"));
            }
            row.add(calls.map(c -> Units.count(c.retries())).orElse("-"));
            row.add(calls.map(c -> latency(c, c.p50())).orElse("-"));
            row.add(calls.map(c -> latency(c, c.p95())).orElse("-"));
            row.add(calls.map(c -> latency(c, c.p99())).orElse("-"));
            table.row(row);
        }
        table.print(out);
        out.println();
        CacheView cache = snapshot.cache();
        out.printf(Locale.ROOT, "Tool-result cache: %s hits (%s of %s lookups), %s stale entries served, %s held%n",
                Units.percent(cache.hits(), cache.hits() + cache.misses()), Units.count(cache.hits()),
                Units.count(cache.hits() + cache.misses()), Units.count(cache.stale()), Units.count(cache.entries()));
        out.println("Bulkheads (calls in flight / allowed): " + (snapshot.bulkheads().isEmpty() ? "none used yet"
                : String.join(", ", snapshot.bulkheads().stream().map(ReliabilityReport::bulkhead).toList())));
        out.println("Rate limiters (permits free / per period): " + (snapshot.rateLimiters().isEmpty() ? "none used yet"
                : String.join(", ", snapshot.rateLimiters().stream().map(ReliabilityReport::limiter).toList())));
        out.println("Every call is wrapped as: " + String.join(" > ", snapshot.wrappingOrder()));
    }

    private static String latency(CallStatsView c, Duration d) {
        return c.count(CallOutcome.SUCCESS) + c.count(CallOutcome.FAILURE) + c.count(CallOutcome.TIMEOUT) == 0
                ? "-" : Units.duration(d);
    }

    private static String bulkhead(BulkheadView b) {
        return ConsoleText.escape(b.name()) + " " + b.inFlight() + "/" + b.maxConcurrent();
    }

    private static String limiter(RateLimiterView r) {
        return ConsoleText.escape(r.name()) + " " + Math.max(0, r.available()) + "/" + r.limitForPeriod() + " per " + Units.duration(r.period());
    }
}
