package io.breakerboard.bench;

import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallResult;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.Fallback;
import io.breakerboard.engine.reliability.ReliabilityRegistry;
import io.breakerboard.engine.reliability.ReliabilitySettings;
import io.breakerboard.engine.reliability.ResilientCaller;
import io.breakerboard.engine.reliability.Usage;
import io.breakerboard.engine.sim.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the full reliability stack (fallback, retry, circuit breaker, rate limiter, bulkhead, time limiter,
 * fault hook, live statistics) around one successful simulated call, against the bare call. Time is virtual, so
 * the 5 ms latency of the call costs nothing real: what remains is the wrapping.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ReliabilityOverheadBenchmark {
    private ResilientCaller caller;
    private CallSite toolSite;
    private CallSite modelSite;
    private Function<CallSite, Attempt<String>> call;

    @Setup
    public void setUp() {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
        ReliabilitySettings settings = ReliabilitySettings.defaults().withModelRateLimit(
                new io.breakerboard.engine.reliability.RateLimitSettings(1_000_000, Duration.ofSeconds(1), Duration.ZERO));
        caller = new ResilientCaller(new ReliabilityRegistry(clock, settings), clock);
        toolSite = new CallSite(CallKind.TOOL, "list_pods", "sre-triage#1", "bench", 1, Map.of("namespace", "commerce"), 7);
        modelSite = new CallSite(CallKind.MODEL, "swift-mini", "sre-triage#1", "bench", 1, Map.of(), 7);
        Attempt<String> ok = Attempt.ok("3 pods", Duration.ofMillis(5), Usage.NONE);
        call = site -> ok;
    }

    @Benchmark
    public Attempt<String> bareCall() {
        return call.apply(toolSite);
    }

    @Benchmark
    public CallResult<String> wrappedToolCall() {
        return caller.call(toolSite, call, Fallback.none());
    }

    @Benchmark
    public CallResult<String> wrappedModelCall() {
        return caller.call(modelSite, call, Fallback.none());
    }
}
