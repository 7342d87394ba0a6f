package io.breakerboard.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each fault kind, injected into the engine on virtual time, changes the calls it is aimed at as a user would see. */
class FaultEffectsOnEngineTest {
    private static final Duration MINUTES = Duration.ofMinutes(30);

    @Test
    void aToolThatIsDownFailsAtOnceAndTheAgentTakesTheAlternativeTool() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ActiveFault down = f.injector.inject(FaultSpec.of(FaultKind.TOOL_DOWN, FaultTarget.tool("get_pod_logs"), MINUTES));

            Execution e = f.run("sre-triage", PatternKind.ITERATIVE, 3);

            List<Step> failed = ChaosFixtures.injected(e, down.id());
            assertThat(failed).isNotEmpty().allSatisfy(s -> {
                assertThat(s.name()).isEqualTo("get_pod_logs");
                assertThat(s.errorKind()).isEqualTo(ErrorKind.TOOL_ERROR);
                assertThat(s.output()).contains("connection refused");
            });
            assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.TOOL_RESULT && "get_pod_logs".equals(s.name())
                    && "alternative tool describe_pod".equals(s.attributes().get("fallback")));
            assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.TOOL_CALL && "describe_pod".equals(s.name()));
            assertThat(f.injector.active()).singleElement().satisfies(a -> assertThat(a.hits()).isEqualTo(failed.size()));
        }
    }

    @Test
    void addedLatencyMakesEveryModelCallOfTheTargetSlowerByTheDelay() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            f.injector.inject(FaultSpec.of(FaultKind.LATENCY, FaultTarget.model("swift-mini"), MINUTES)
                    .withLatency(Duration.ofSeconds(6), Duration.ofMillis(500)));

            Execution e = f.run("sre-triage", PatternKind.ITERATIVE, 4);

            List<Step> calls = e.steps().stream().filter(s -> s.kind() == StepKind.LLM_CALL).toList();
            assertThat(calls).isNotEmpty().allSatisfy(s -> assertThat(s.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(5_500)));
            assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.TOOL_CALL)
                    .allSatisfy(s -> assertThat(s.duration()).isLessThan(Duration.ofSeconds(5)));
        }
    }

    @Test
    void aHangOnAnAgentEndsEachOfItsCallsAtTheTimeLimitAndTheExecutionGivesUpWithATimeout() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            f.injector.inject(FaultSpec.of(FaultKind.HANG, FaultTarget.agent("invoice-clerk"), MINUTES));

            Execution hung = f.run("invoice-clerk", PatternKind.SEQUENTIAL, 5);
            Execution other = f.run("payments-controller", PatternKind.SEQUENTIAL, 5);

            assertThat(hung.outcome()).isNotEqualTo(Outcome.SUCCESS);
            assertThat(hung.errorKind()).isIn(ErrorKind.TIMEOUT, ErrorKind.CIRCUIT_OPEN);
            assertThat(hung.retries()).isPositive();
            assertThat(hung.steps()).filteredOn(s -> s.kind() == StepKind.API_ERROR && s.errorKind() == ErrorKind.TIMEOUT)
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.duration()).isEqualTo(f.engine.reliabilitySettings().modelTimeout()));
            assertThat(other.steps()).noneMatch(s -> s.errorKind() == ErrorKind.TIMEOUT && s.output() != null
                    && s.output().contains("[chaos"));
        }
    }

    @Test
    void anErrorRateFailsAboutThatShareOfCallsAndTheSameSeedHitsTheSameCalls() {
        long[] hits = new long[2];
        long attempts = 0;
        for (int round = 0; round < 2; round++) {
            try (ChaosFixtures f = new ChaosFixtures()) {
                ActiveFault fault = f.injector.inject(FaultSpec.of(FaultKind.ERROR_RATE, FaultTarget.model("swift-mini"), 40, MINUTES));
                List<Execution> runs = IntStream.range(0, 12).mapToObj(i -> f.run("sre-triage", PatternKind.ITERATIVE, 100 + i)).toList();
                hits[round] = f.injector.active().get(0).hits();
                attempts = runs.stream().flatMap(e -> e.steps().stream())
                        .filter(s -> "swift-mini".equals(s.name()) && (s.kind() == StepKind.LLM_CALL || s.kind() == StepKind.API_ERROR))
                        .count();
                long injected = runs.stream().mapToLong(e -> ChaosFixtures.injected(e, fault.id()).size()).sum();
                assertThat(injected).isEqualTo(hits[round]);
            }
        }
        assertThat(hits[0]).isEqualTo(hits[1]);
        assertThat((double) hits[0] / attempts).isBetween(0.25, 0.55);
    }

    @Test
    void aMalformedResponseIsRejectedAndTheAgentAsksAgain() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ActiveFault fault = f.injector.inject(FaultSpec.of(FaultKind.MALFORMED, FaultTarget.model("swift-mini"), 50, MINUTES));

            Execution e = f.run("sre-triage", PatternKind.ITERATIVE, 6);

            assertThat(ChaosFixtures.injected(e, fault.id())).isNotEmpty().allSatisfy(s -> {
                assertThat(s.kind()).isEqualTo(StepKind.LLM_CALL);
                assertThat(s.errorKind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
                assertThat(s.outputTokens()).as("a malformed answer was still billed").isPositive();
            });
            assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.REASONING && s.output() != null
                    && s.output().contains("did not parse"));
        }
    }

    @Test
    void aPermissionDeniedIsNotRetried() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ActiveFault fault = f.injector.inject(FaultSpec.of(FaultKind.PERMISSION_DENIED, FaultTarget.tool("validate_invoice"), MINUTES));

            Execution e = f.run("invoice-clerk", PatternKind.SEQUENTIAL, 7);

            List<Step> refused = ChaosFixtures.injected(e, fault.id());
            assertThat(refused).isNotEmpty().allSatisfy(s -> {
                assertThat(s.errorKind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
                assertThat(s.attributes()).containsEntry("attempt", "1");
            });
            assertThat(e.outcome()).isNotEqualTo(Outcome.SUCCESS);
        }
    }

    @Test
    void aRateLimitIsRetriedNoSoonerThanTheRetryAfterAsks() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ActiveFault fault = f.injector.inject(FaultSpec.of(FaultKind.RATE_LIMITED, FaultTarget.tool("check_service_health"), 100, MINUTES)
                    .withRetryAfter(Duration.ofSeconds(4)));

            Execution e = f.run("sre-triage", PatternKind.ITERATIVE, 8);

            List<Step> calls = e.steps().stream().filter(s -> s.kind() == StepKind.TOOL_CALL
                    && "check_service_health".equals(s.name())).toList();
            assertThat(calls).extracting(s -> s.attributes().get("attempt")).startsWith("1", "2");
            assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
            assertThat(ChaosFixtures.injected(e, fault.id())).allSatisfy(s -> assertThat(s.errorKind()).isEqualTo(ErrorKind.RATE_LIMIT));
        }
    }

    @Test
    void aTokenSpikeRaisesEachModelCallsBillUpToTheCeilingReservedForIt() {
        Execution plain;
        try (ChaosFixtures f = new ChaosFixtures()) {
            plain = f.run("sre-triage", PatternKind.ITERATIVE, 9);
        }
        try (ChaosFixtures f = new ChaosFixtures()) {
            f.injector.inject(FaultSpec.of(FaultKind.TOKEN_SPIKE, FaultTarget.ALL, MINUTES).withFactor(10));
            Execution spiked = f.run("sre-triage", PatternKind.ITERATIVE, 9);

            Step first = firstModelCall(plain);
            Step firstSpiked = firstModelCall(spiked);
            // The prompt sent is known before the call; the answer is cut at the max_tokens the budget reserved.
            assertThat(firstSpiked.inputTokens()).isEqualTo(first.inputTokens());
            assertThat(firstSpiked.outputTokens()).isGreaterThan(first.outputTokens())
                    .isLessThan(first.outputTokens() * 10);
            assertThat(firstSpiked.attributes()).containsKey("usage_capped");
            assertThat(firstSpiked.costMicros()).isGreaterThan(first.costMicros());
            assertThat(spiked.costMicros()).isGreaterThan(plain.costMicros())
                    .isLessThanOrEqualTo(io.breakerboard.engine.guard.internal.GuardSettings.defaults().executionBudgetMicros());
        }
    }

    @Test
    void aModelOutageSendsTheStrongModelsCallsToTheCheapOne() {
        try (ChaosFixtures f = new ChaosFixtures()) {
            ActiveFault outage = f.injector.inject(FaultSpec.of(FaultKind.MODEL_OUTAGE, FaultTarget.model("atlas-pro"), MINUTES));

            Execution e = f.run("sre-investigator", PatternKind.ITERATIVE, 10);

            assertThat(ChaosFixtures.injected(e, outage.id())).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.errorKind()).isEqualTo(ErrorKind.MODEL_ERROR));
            assertThat(e.steps()).anyMatch(s -> s.kind() == StepKind.LLM_CALL && "swift-mini".equals(s.name()) && !s.failed());
            assertThat(e.steps()).noneMatch(s -> s.kind() == StepKind.LLM_CALL && "atlas-pro".equals(s.name()) && !s.failed());
        }
    }

    private static Step firstModelCall(Execution e) {
        return e.steps().stream().filter(s -> s.kind() == StepKind.LLM_CALL).findFirst().orElseThrow();
    }
}
