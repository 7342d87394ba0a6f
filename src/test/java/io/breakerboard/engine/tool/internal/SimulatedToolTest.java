package io.breakerboard.engine.tool.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.sim.TaskCatalog;
import io.breakerboard.engine.sim.internal.LatencyModel;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolPrice;
import io.breakerboard.engine.tool.ToolSpec;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatedToolTest {
    private static final Task TASK = TaskCatalog.generate(Domain.SRE, 42);
    private static final ToolCall CALL = ToolCall.of("lookup", "service", "checkout-api");

    private static SimulatedTool tool(FailureProfile failures, ToolPrice price) {
        ToolSpec spec = new ToolSpec("lookup", "test tool", Permission.READ, true,
                ArgSchema.builder().arg("service", ArgRule.text(true)).build(), LatencyModel.of(200, 0.4), failures,
                null).withPrice(price);
        return new SimulatedTool(spec, (call, task, r) -> ToolOutput.of(task.fact("service") + " is degraded"));
    }

    @Test
    void theSameSeedGivesTheSameAnswerAndLatency() {
        SimulatedTool t = tool(new FailureProfile(0.1, 0.05, 0.05), ToolPrice.FREE);
        for (long seed = 1; seed <= 50; seed++) {
            Attempt<ToolOutput> a = t.attempt(CALL, TASK, new SplittableRandom(seed));
            Attempt<ToolOutput> b = t.attempt(CALL, TASK, new SplittableRandom(seed));
            assertThat(b.value()).isEqualTo(a.value());
            assertThat(b.latency()).isEqualTo(a.latency());
            assertThat(b.usage()).isEqualTo(a.usage());
            assertThat(b.succeeded()).isEqualTo(a.succeeded());
            if (!a.succeeded()) {
                assertThat(b.failure()).hasToString(a.failure().toString());
            }
        }
    }

    @Test
    void anAnsweredCallIsBilledTheToolsPriceAndAnswersFromTheTasksFacts() {
        SimulatedTool t = tool(new FailureProfile(0, 0, 0), ToolPrice.usd("metrics-api", 0.0002));
        Attempt<ToolOutput> a = t.attempt(CALL, TASK, new SplittableRandom(7));
        assertThat(a.succeeded()).isTrue();
        assertThat(a.value().text()).isEqualTo(TASK.fact("service") + " is degraded");
        assertThat(a.usage().costMicros()).isEqualTo(200);
        assertThat(a.latency()).isPositive();
    }

    @Test
    void failuresComeAtTheProfilesRatesAndCostNothing() {
        SimulatedTool t = tool(new FailureProfile(0.10, 0.05, 0.02), ToolPrice.usd("metrics-api", 0.0002));
        Map<FailureType, Integer> counts = new EnumMap<>(FailureType.class);
        int n = 20_000;
        SplittableRandom seeds = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            Attempt<ToolOutput> a = t.attempt(CALL, TASK, seeds.split());
            if (!a.succeeded()) {
                counts.merge(a.failure().type(), 1, Integer::sum);
                assertThat(a.usage().costMicros()).isZero();
                assertThat(a.failure().getMessage()).contains("lookup");
            }
        }
        assertThat(counts.get(FailureType.SERVER_ERROR) / (double) n).isBetween(0.09, 0.11);
        assertThat(counts.get(FailureType.TIMEOUT) / (double) n).isBetween(0.043, 0.057);
        assertThat(counts.get(FailureType.TOOL_FAILURE) / (double) n).isBetween(0.015, 0.025);
    }

    @Test
    void aHangLastsFarBeyondAnyTimeLimit() {
        SimulatedTool t = tool(new FailureProfile(0, 1, 0), ToolPrice.FREE);
        Attempt<ToolOutput> a = t.attempt(CALL, TASK, new SplittableRandom(1));
        assertThat(a.failure().type()).isEqualTo(FailureType.TIMEOUT);
        assertThat(a.latency()).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aPermanentFailureNamesTheArgumentsItWasCalledWith() {
        SimulatedTool t = tool(new FailureProfile(0, 0, 1), ToolPrice.FREE);
        Attempt<ToolOutput> a = t.attempt(CALL, TASK, new SplittableRandom(1));
        assertThat(a.failure().type()).isEqualTo(FailureType.TOOL_FAILURE);
        assertThat(a.failure().getMessage()).contains("{\"service\":\"checkout-api\"}");
    }
}
