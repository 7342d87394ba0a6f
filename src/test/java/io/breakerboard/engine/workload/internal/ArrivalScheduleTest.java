package io.breakerboard.engine.workload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breakerboard.engine.Workload;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.workload.BalancingStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static List<Arrival> drain(ArrivalSchedule s) {
        List<Arrival> out = new ArrayList<>();
        for (Arrival a = s.next(); a != null; a = s.next()) {
            out.add(a);
        }
        return out;
    }

    private static Workload workload(double perMinute, Map<String, Integer> agents, Map<PatternKind, Integer> patterns,
                                     Duration duration) {
        return new Workload(perMinute, 8, agents, patterns, 7, BalancingStrategy.ROUND_ROBIN, duration);
    }

    @Test
    void arrivalsComeAtTheRequestedRateOverTheWorkloadsDuration() {
        List<Arrival> all = drain(new ArrivalSchedule(Workload.defaults(7).withRate(120, 8)
                .withDuration(Duration.ofMinutes(30)), T0));
        // 3,600 expected; a Poisson count has a standard deviation of 60.
        assertThat(all).hasSizeBetween(3_420, 3_780);
        assertThat(all).allSatisfy(a -> assertThat(a.at()).isAfter(T0).isBeforeOrEqualTo(T0.plus(Duration.ofMinutes(30))));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).at()).isAfterOrEqualTo(all.get(i - 1).at());
            assertThat(all.get(i).number()).isEqualTo(i);
        }
    }

    @Test
    void patternsAndAgentsFollowTheirWeightsAndAgentsOnlyGetTheirDomainsPatterns() {
        Map<String, Integer> agents = Map.of("sre-triage", 3, "sre-investigator", 1, "invoice-clerk", 1,
                "payments-controller", 0);
        Map<PatternKind, Integer> patterns = Map.of(PatternKind.ITERATIVE, 1, PatternKind.SEQUENTIAL, 1);
        List<Arrival> all = drain(new ArrivalSchedule(workload(600, agents, patterns, null).withArrivals(8_000L), T0));
        assertThat(all).hasSize(8_000);
        Map<PatternKind, Integer> byPattern = new HashMap<>();
        Map<String, Integer> byAgent = new HashMap<>();
        for (Arrival a : all) {
            byPattern.merge(a.pattern(), 1, Integer::sum);
            byAgent.merge(a.agent().name(), 1, Integer::sum);
            assertThat(a.agent().domain()).isEqualTo(a.pattern().domain());
        }
        assertThat(byPattern).containsOnlyKeys(PatternKind.ITERATIVE, PatternKind.SEQUENTIAL);
        assertThat(byPattern.get(PatternKind.ITERATIVE) / 8_000.0).isBetween(0.47, 0.53);
        assertThat(byAgent).doesNotContainKey("payments-controller");
        assertThat(byAgent.get("sre-triage") / (double) byPattern.get(PatternKind.ITERATIVE)).isBetween(0.72, 0.78);
        assertThat(byAgent.get("invoice-clerk")).isEqualTo(byPattern.get(PatternKind.SEQUENTIAL));
    }

    @Test
    void theSameSeedGivesTheSameArrivals() {
        Workload w = Workload.defaults(99).withArrivals(200L);
        List<Arrival> first = drain(new ArrivalSchedule(w, T0));
        List<Arrival> second = drain(new ArrivalSchedule(w, T0));
        assertThat(second).isEqualTo(first);
        assertThat(drain(new ArrivalSchedule(Workload.defaults(100).withArrivals(200L), T0))).isNotEqualTo(first);
    }

    @Test
    void whicheverOfDurationAndArrivalsRunsOutFirstEndsTheWorkload() {
        Workload w = Workload.defaults(3).withRate(60, 8);
        assertThat(drain(new ArrivalSchedule(w.withArrivals(5L).withDuration(Duration.ofHours(1)), T0))).hasSize(5);
        List<Arrival> short30s = drain(new ArrivalSchedule(w.withArrivals(1_000L).withDuration(Duration.ofSeconds(30)), T0));
        assertThat(short30s.size()).isBetween(10, 55);
    }

    @Test
    void endUsersAreDrawnFromAFixedPopulation() {
        List<Arrival> all = drain(new ArrivalSchedule(Workload.defaults(5).withArrivals(2_000L), T0));
        assertThat(all).extracting(Arrival::userId).allMatch(u -> u.matches("u-10[0-5]\\d"));
        assertThat(all.stream().map(Arrival::userId).distinct().count()).isEqualTo(60);
    }

    @Test
    void aPatternNoWeightedAgentCanServeIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> workload(60, Map.of("sre-triage", 1), Map.of(PatternKind.VOTING, 1), null))
                .hasMessageStartingWith("pattern voting needs an agent of domain FINANCE with a weight above 0");
        assertThatThrownBy(() -> workload(0, Map.of("sre-triage", 1), Map.of(PatternKind.ITERATIVE, 1), null))
                .hasMessageContaining("executionsPerMinute");
        assertThatThrownBy(() -> workload(60, Map.of("sre-triage", 1), Map.of(PatternKind.ITERATIVE, 0), null))
                .hasMessage("the pattern mix needs at least one positive weight");
        assertThatThrownBy(() -> workload(60, Map.of("night-owl", 1), Map.of(PatternKind.ITERATIVE, 1), null))
                .hasMessageContaining("unknown agent 'night-owl'");
    }
}
