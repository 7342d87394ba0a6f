package io.breakerboard.bench;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.Workload;
import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.model.Execution;
import io.breakerboard.model.QuarantinedRecord;
import io.breakerboard.pipeline.ExecutionSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated tool calls per second of real time: the whole engine (agents, patterns, guards, memory, journal,
 * reliability stack, statistics) running ten virtual minutes of traffic per invocation on a virtual clock.
 * {@code toolCalls} is the figure; run with {@code -t 2} for two independent engines on two cores (one engine
 * runs its workers in turns on one thread, which is what makes a seed reproducible).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Thread)
public class EngineThroughputBenchmark {
    /** Workers of the workload: 1 runs executions one after another; 32 interleaves them in virtual time. */
    @Param({"1", "32"})
    public int concurrency;

    private long seed;

    /** What JMH reports per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long toolCalls;
        public long executions;

        @Setup(Level.Iteration)
        public void reset() {
            toolCalls = 0;
            executions = 0;
        }
    }

    /** Discards executions: the benchmark measures the engine, not a store. */
    static final class NullSink implements ExecutionSink {
        @Override
        public int write(List<Execution> batch) {
            return 0;
        }

        @Override
        public void quarantine(List<QuarantinedRecord> records) {
        }

        @Override
        public void flush() {
        }
    }

    @Benchmark
    public EngineStats tenVirtualMinutes(Counters counters) throws Exception {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (Engine engine = Engine.builder(clock, new NullSink(), UnaryOperator.identity()).build()) {
            Workload w = Workload.defaults(++seed).withRate(600, concurrency).withDuration(Duration.ofMinutes(10));
            EngineStats s = engine.start(w).result().get();
            counters.toolCalls += s.toolCalls();
            counters.executions += s.completed();
            return s;
        }
    }
}
