package io.breakerboard.bench;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.Workload;
import io.breakerboard.engine.sim.VirtualClock;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The engine-throughput figure without JMH, also per CPU-second of the process: on a machine shared with other
 * work the wall-clock rate understates what the engine does with the CPU it gets.
 * Arguments: executions per minute, concurrency, virtual minutes, rounds.
 */
public final class EngineThroughputMain {
    private EngineThroughputMain() {
    }

    public static void main(String[] args) throws Exception {
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 600;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
            try (Engine engine = Engine.builder(clock, new EngineThroughputBenchmark.NullSink(), UnaryOperator.identity())
                    .build()) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                EngineStats s = engine.start(Workload.defaults(round).withRate(rate, concurrency)
                        .withDuration(Duration.ofMinutes(minutes))).result().get();
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                System.out.printf(Locale.ROOT, "round %d: %d executions, %d tool calls, %.2f s wall, %.2f s cpu: "
                                + "%.0f tool calls/s wall, %.0f per cpu-second (load average %.1f)%n", round,
                        s.completed(), s.toolCalls(), wall, cpu, s.toolCalls() / wall, s.toolCalls() / cpu,
                        os.getSystemLoadAverage());
            }
        }
    }
}
