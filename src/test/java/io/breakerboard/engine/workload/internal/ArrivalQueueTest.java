package io.breakerboard.engine.workload.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineFixtures;
import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.ListSink;
import io.breakerboard.engine.TestRedactor;
import io.breakerboard.engine.Workload;
import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallInterceptor;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Invocation;
import io.breakerboard.engine.workload.BalancerSettings;
import io.breakerboard.engine.workload.BalancingStrategy;
import io.breakerboard.engine.workload.InstanceLoad;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Arrivals wait for an instance with room; none is dropped without being counted. */
class ArrivalQueueTest {

    /** Every tool is down: executions end partial, a business outcome that says nothing about the instance. */
    private static final CallInterceptor TOOLS_DOWN = new CallInterceptor() {
        @Override
        public <T> Attempt<T> intercept(CallSite site, Invocation<T> next) {
            if (site.kind() == CallKind.TOOL) {
                return Attempt.failed(new CallFailure(FailureType.TOOL_FAILURE, "404 not found"), Duration.ofMillis(50));
            }
            return next.proceed();
        }
    };

    private static EngineStats run(BalancerSettings balancer, CallInterceptor faults, ListSink sink) throws Exception {
        try (Engine engine = Engine.builder(EngineFixtures.clock(), sink, new TestRedactor()).balancer(balancer).build()) {
            engine.interceptor(faults);
            return engine.start(Workload.defaults(21).withRate(600, 16).withArrivals(150L)
                    .withBalancing(balancer.strategy())).result().get(2, TimeUnit.MINUTES);
        }
    }

    @Test
    void all150ArrivalsRunWhenPartialOutcomesPileUp() throws Exception {
        ListSink sink = new ListSink();
        EngineStats s = run(BalancerSettings.defaults(), TOOLS_DOWN, sink);
        assertThat(sink.executions()).filteredOn(e -> e.outcome() == Outcome.PARTIAL).hasSizeGreaterThan(50);
        assertThat(s.completed()).isEqualTo(150).isEqualTo(sink.executions().size());
        assertThat(s.turnedAway()).isZero();
        assertThat(s.instances()).allMatch(InstanceLoad::healthy);
    }

    @Test
    void arrivalsBeyondTheInstancesCapacityQueueAndRun() throws Exception {
        ListSink sink = new ListSink();
        EngineStats s = run(new BalancerSettings(BalancingStrategy.LEAST_LOADED, 1, 150), null, sink);
        assertThat(s.completed()).isEqualTo(150);
        assertThat(s.turnedAway()).isZero();
        assertThat(s.queued()).isZero();
        assertThat(s.instances().stream().mapToLong(InstanceLoad::placed).sum()).isEqualTo(150);
        assertThat(s.instances()).allSatisfy(l -> assertThat(l.capacity()).isEqualTo(1));
    }

    @Test
    void aFullQueueTurnsArrivalsAwayAndCountsEveryOne() throws Exception {
        ListSink sink = new ListSink();
        EngineStats s = run(new BalancerSettings(BalancingStrategy.ROUND_ROBIN, 1, 0), null, sink);
        assertThat(s.turnedAway()).isPositive();
        assertThat(s.completed() + s.turnedAway()).isEqualTo(150);
    }
}
