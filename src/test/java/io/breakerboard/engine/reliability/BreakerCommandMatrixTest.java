package io.breakerboard.engine.reliability;

import static io.breakerboard.engine.reliability.Scripted.fail;
import static io.breakerboard.engine.reliability.Scripted.ok;
import static io.breakerboard.engine.reliability.Scripted.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.reliability.internal.IllegalBreakerCommandException;
import io.breakerboard.engine.sim.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manual command from every state: the legal ones land where they should, the illegal ones change nothing. */
class BreakerCommandMatrixTest {
    private static final String TOOL = "describe_pod";

    static Stream<Arguments> everyStateAndCommand() {
        List<Arguments> all = new ArrayList<>();
        for (BreakerState s : BreakerState.values()) {
            for (BreakerCommand c : BreakerCommand.values()) {
                all.add(Arguments.of(s, c));
            }
        }
        return all.stream();
    }

    private static BreakerState expected(BreakerCommand c) {
        return switch (c) {
            case FORCE_OPEN -> BreakerState.FORCED_OPEN;
            case CLOSE, RESET -> BreakerState.CLOSED;
            case HALF_OPEN -> BreakerState.HALF_OPEN;
            case DISABLE -> BreakerState.DISABLED;
            case METRICS_ONLY -> BreakerState.METRICS_ONLY;
        };
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndCommand")
    void commandFromState(BreakerState start, BreakerCommand command) {
        VirtualClock clock = new VirtualClock(Instant.parse("2026-03-02T09:00:00Z"));
        ReliabilityRegistry registry = new ReliabilityRegistry(clock, ReliabilitySettings.defaults()
                .withBreaker(TOOL, BreakerSettings.builder().failureRateThreshold(50).slowCallRateThreshold(100)
                        .slowCallDuration(Duration.ofSeconds(3)).slidingWindowSize(2)
                        .minimumNumberOfCalls(2).waitInOpenState(Duration.ofSeconds(30))
                        .permittedCallsInHalfOpen(1).build())
                .withToolRetry(RetrySettings.builder().maxAttempts(1).initialInterval(Duration.ofMillis(100))
                        .multiplier(2).jitter(0.5).maxInterval(Duration.ofSeconds(1)).build()));
        registry.register(CallKind.TOOL, TOOL);
        ResilientCaller caller = new ResilientCaller(registry, clock);
        switch (start) {
            case CLOSED -> { }
            case OPEN -> {
                caller.call(tool(TOOL), new Scripted(List.of(ok(10))), Fallback.none());
                caller.call(tool(TOOL), new Scripted(List.of(fail(FailureType.SERVER_ERROR))), Fallback.none());
            }
            case HALF_OPEN -> {
                registry.control(TOOL, BreakerCommand.FORCE_OPEN);
                registry.control(TOOL, BreakerCommand.HALF_OPEN);
            }
            case FORCED_OPEN -> registry.control(TOOL, BreakerCommand.FORCE_OPEN);
            case DISABLED -> registry.control(TOOL, BreakerCommand.DISABLE);
            case METRICS_ONLY -> registry.control(TOOL, BreakerCommand.METRICS_ONLY);
        }
        BreakerView before = registry.snapshot().breaker(TOOL).orElseThrow();
        assertThat(before.state()).isEqualTo(start);

        if (before.commands().contains(command)) {
            registry.control(TOOL, command);
            assertThat(registry.snapshot().breaker(TOOL).orElseThrow().state()).isEqualTo(expected(command));
        } else {
            assertThatThrownBy(() -> registry.control(TOOL, command)).isInstanceOf(IllegalBreakerCommandException.class)
                    .hasMessageContaining(TOOL).hasMessageContaining(start.name());
            assertThat(registry.snapshot().breaker(TOOL).orElseThrow().state()).isEqualTo(start);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void onlyHalfOpenFromClosedOrMetricsOnlyIsIllegal(BreakerState state) {
        boolean halfOpenAllowed = state != BreakerState.CLOSED && state != BreakerState.METRICS_ONLY;
        assertThat(BreakerCommand.allowedIn(state).contains(BreakerCommand.HALF_OPEN)).isEqualTo(halfOpenAllowed);
        assertThat(BreakerCommand.allowedIn(state)).hasSize(halfOpenAllowed ? 6 : 5);
    }

    static Stream<BreakerState> states() {
        return Stream.of(BreakerState.values());
    }
}
