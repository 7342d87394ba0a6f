package io.breakerboard.chaos.internal;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Judges a probe on the executions of one phase. Every figure is measured from those executions, the engine's
 * counters of the phase, the breaker states at its end and the calls the faults changed; nothing is assumed.
 */
public final class ProbeEvaluator {
    private static final Set<StepKind> CALL_FAILURES = EnumSet.of(StepKind.LLM_CALL, StepKind.API_ERROR, StepKind.TOOL_ERROR);

    private ProbeEvaluator() {
    }

    public static ProbeResult evaluate(Probe probe, PhaseSample sample) {
        List<Execution> mine = probe.kind().subject() == io.breakerboard.chaos.internal.ProbeKind.Subject.AGENT && probe.subject() != null
                ? sample.executions().stream().filter(e -> e.agent().equals(probe.subject())).toList()
                : sample.executions();
        return switch (probe.kind()) {
            case SUCCESS_RATE -> successRate(probe, mine, sample);
            case P95_DURATION -> p95(probe, mine, sample);
            case UNHANDLED_ERRORS -> unhandled(probe, mine, sample);
            case BREAKER_STATE -> breaker(probe, sample);
            case RETRIED -> retried(probe, hit(mine, sample), sample);
            case ESCALATED -> escalated(probe, hit(mine, sample), sample);
            case FALLBACK_RECOVERY -> fallback(probe, sample);
            case CAUGHT -> caught(probe, mine, sample);
        };
    }

    private static ProbeResult successRate(Probe p, List<Execution> mine, PhaseSample s) {
        if (mine.isEmpty()) {
            return noExecutions(p);
        }
        long ok = mine.stream().filter(Execution::succeeded).count();
        double rate = 100.0 * ok / mine.size();
        return judge(p, s.faults(), rate >= p.threshold(), Units.number(rate) + " %" + " (" + ok + " of " + mine.size() + ")");
    }

    private static ProbeResult p95(Probe p, List<Execution> mine, PhaseSample s) {
        if (mine.isEmpty()) {
            return noExecutions(p);
        }
        long[] micros = mine.stream().mapToLong(Execution::durationMicros).sorted().toArray();
        long p95 = micros[(int) Math.ceil(0.95 * micros.length) - 1];
        String actual = Units.span(Duration.ofMillis(Math.round(p95 / 1_000.0))) + " (P95 of " + micros.length
                + ", slowest " + Units.span(Duration.ofMillis(Math.round(micros[micros.length - 1] / 1_000.0))) + ")";
        return judge(p, s.faults(), p95 / 1_000.0 <= p.threshold(), actual);
    }

    private static ProbeResult unhandled(Probe p, List<Execution> mine, PhaseSample s) {
        long abandoned = p.subject() == null ? s.abandoned() : 0;
        // A partial answer is handled by definition: the agent stopped and said what it lacked ("no conclusion
        // reached" carries no error kind). A failure must name its cause.
        long unexplained = mine.stream().filter(e -> e.outcome() == Outcome.FAILURE
                && (e.errorKind() == null || e.errorKind() == ErrorKind.UNKNOWN)).count();
        long n = unexplained + abandoned;
        String actual = n == 0 ? "0 (of " + mine.size() + " executions)" : n + ": " + unexplained
                + " failed without a named cause, " + abandoned + " crashed (of " + mine.size() + " executions)";
        return judge(p, s.faults(), n <= p.threshold(), actual);
    }

    private static ProbeResult breaker(Probe p, PhaseSample s) {
        String state = s.breakers().get(p.subject());
        if (state == null) {
            return new ProbeResult("no breaker named " + p.subject(), true,
                    "Name a tool or model the engine knows: " + String.join(", ", s.breakers().keySet()));
        }
        return judge(p, s.faults(), p.states().contains(state), state);
    }

    private static List<Execution> hit(List<Execution> mine, PhaseSample s) {
        return mine.stream().filter(e -> s.hits().containsKey(e.key())).toList();
    }

    private static ProbeResult retried(Probe p, List<Execution> hit, PhaseSample s) {
        if (hit.isEmpty()) {
            return nothingHit(p, s);
        }
        // Read from the attempts rather than Execution.retries, which leaves out retries inside a fallback call.
        long retried = hit.stream().filter(e -> e.steps().stream().anyMatch(ProbeEvaluator::retryAttempt)).count();
        double rate = 100.0 * retried / hit.size();
        return judge(p, s.faults(), rate >= p.threshold(), Units.number(rate) + " %" + " (" + retried + " of " + hit.size()
                + " executions hit by a fault retried)");
    }

    private static boolean retryAttempt(Step s) {
        String attempt = s.attributes().get("attempt");
        return attempt != null && !attempt.equals("1") && (s.kind() == StepKind.TOOL_CALL || s.kind() == StepKind.LLM_CALL
                || s.kind() == StepKind.API_ERROR);
    }

    private static ProbeResult escalated(Probe p, List<Execution> hit, PhaseSample s) {
        if (hit.isEmpty()) {
            return nothingHit(p, s);
        }
        long recovered = 0;
        long escalated = 0;
        java.util.Map<ErrorKind, Long> otherwise = new java.util.EnumMap<>(ErrorKind.class);
        for (Execution e : hit) {
            Set<ErrorKind> expected = FaultErrors.expected(s.hits().get(e.key()));
            if (e.outcome() == Outcome.SUCCESS) {
                recovered++;
            } else if (e.errorKind() != null && expected.contains(e.errorKind())) {
                escalated++;
            } else {
                otherwise.merge(e.errorKind() == null ? ErrorKind.UNKNOWN : e.errorKind(), 1L, Long::sum);
            }
        }
        double rate = 100.0 * (recovered + escalated) / hit.size();
        String actual = Units.number(rate) + " %" + " (" + recovered + " recovered, " + escalated + " escalated with the fault's "
                + "error, " + (hit.size() - recovered - escalated) + " ended otherwise"
                + (otherwise.isEmpty() ? "" : ": " + otherwise) + ")";
        return judge(p, s.faults(), rate >= p.threshold(), actual);
    }

    private static ProbeResult fallback(Probe p, PhaseSample s) {
        long calls = 0;
        long direct = 0;
        long recovered = 0;
        for (Execution e : s.executions()) {
            for (Step st : e.steps()) {
                if (!p.subject().equals(st.name()) || st.attributes().containsKey("replayed")
                        || st.attributes().containsKey("cached")) {
                    continue;
                }
                if (st.kind() == StepKind.TOOL_CALL && "1".equals(st.attributes().get("attempt"))) {
                    calls++;
                } else if (st.kind() == StepKind.TOOL_RESULT) {
                    if (st.attributes().containsKey("fallback")) {
                        recovered++;
                    } else {
                        direct++;
                    }
                }
            }
        }
        long failed = Math.max(0, calls - direct);
        if (failed == 0) {
            return s.faultsApplied()
                    ? new ProbeResult("no call of " + p.subject() + " failed (" + calls + " calls)", true,
                    FixAdvice.faultsReachedNothing())
                    : ProbeResult.held("nothing to recover: no call of " + p.subject() + " failed (" + calls + " calls)");
        }
        double rate = 100.0 * recovered / failed;
        return judge(p, s.faults(), rate >= p.threshold(), Units.number(rate) + " %" + " (" + recovered + " of " + failed
                + " failed calls recovered)");
    }

    private static ProbeResult caught(Probe p, List<Execution> mine, PhaseSample s) {
        List<Execution> failing = mine.stream().filter(e -> s.hits().containsKey(e.key())
                && s.hits().get(e.key()).stream().anyMatch(FaultKind::fails)).toList();
        if (failing.isEmpty()) {
            return nothingHit(p, s);
        }
        long caught = 0;
        for (Execution e : failing) {
            Set<ErrorKind> expected = FaultErrors.expected(s.hits().get(e.key()));
            boolean recorded = e.steps().stream().anyMatch(st -> st.failed() && CALL_FAILURES.contains(st.kind())
                    && ((st.output() != null && st.output().contains("[chaos ")) || expected.contains(st.errorKind())));
            if (recorded) {
                caught++;
            }
        }
        double rate = 100.0 * caught / failing.size();
        return judge(p, s.faults(), rate >= p.threshold(), Units.number(rate) + " %" + " (" + caught + " of " + failing.size()
                + " executions hit show the injected failure)");
    }

    private static ProbeResult nothingHit(Probe p, PhaseSample s) {
        if (!s.faultsApplied()) {
            return ProbeResult.held("nothing to judge: no fault yet");
        }
        return new ProbeResult("no execution" + (p.subject() == null ? "" : " of " + p.subject()) + " was hit by a fault",
                true, FixAdvice.faultsReachedNothing());
    }

    private static ProbeResult noExecutions(Probe p) {
        return new ProbeResult("no executions" + (p.subject() == null ? "" : " of " + p.subject()) + " in this phase", true,
                "Add " + (p.subject() == null ? "agents" : p.subject()) + " to the workload's agents, or run the phase longer");
    }

    private static ProbeResult judge(Probe p, List<FaultSpec> faults, boolean held, String actual) {
        return held ? ProbeResult.held(actual) : new ProbeResult(actual, true, FixAdvice.forProbe(p, faults));
    }
}
