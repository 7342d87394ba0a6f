package io.breakerboard.lab;

import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Replays one execution's calls in order, each at its recorded offset from the start (later by what the replay
 * has added so far), and decides the outcome without guessing what the recording does not show:
 * <ul>
 *   <li>a call that was answered in the recording and fails in the replay loses the execution there (what the
 *       agent would have done without the answer was never recorded; its later calls are not made);</li>
 *   <li>a failed execution whose failed calls are all answered in the replay is saved, when it failed for one of
 *       their reasons (its steps after them were never recorded, so they count as they were);</li>
 *   <li>otherwise it ends as it was recorded.</li>
 * </ul>
 * Cost is the recorded cost beyond the calls plus what the replayed attempts cost; duration is the recorded one
 * plus the time the replay added or saved on its calls.
 */
final class ExecutionReplayer {
    /** The injector's tag on a failure it made; a replay has one fault, named in its title. */
    private static final java.util.regex.Pattern CHAOS_TAG = java.util.regex.Pattern.compile("\\s*\\[chaos f-\\d+]");
    private final EngineClock clock;
    private final CallReplayer calls;
    private final ReplayScenario scenario;
    private final BooleanSupplier cancelled;

    ExecutionReplayer(EngineClock clock, CallReplayer calls, ReplayScenario scenario, BooleanSupplier cancelled) {
        this.clock = clock;
        this.calls = calls;
        this.scenario = scenario;
        this.cancelled = cancelled;
    }

    ReplayedExecution replay(Execution e, RecordedCalls.Parsed parsed) {
        clock.sleepUntil(e.startedAt());
        long start = clock.nanos();
        long shift = 0;
        long cost = parsed.otherCostMicros();
        long seed = Seeds.mix(scenario.seed(), e.key());
        CallReplayer.Budget budget = new CallReplayer.Budget(scenario.budgetMicros());
        boolean stillFailing = false;
        boolean anyFailed = false;
        StringBuilder mended = new StringBuilder();
        List<RecordedCall> list = parsed.calls();
        for (int i = 0; i < list.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("replay cancelled");
            }
            RecordedCall c = list.get(i);
            Instant at = c.start();
            if (at != null && !at.isBefore(e.startedAt())) {
                clock.sleepUntil(at.plusNanos(shift));
            }
            long t0 = clock.nanos();
            CallReplayer.Result r = calls.replay(c, e.agent(), e.key(), Seeds.mix(seed, i), budget);
            shift += (clock.nanos() - t0) - c.elapsed().toNanos();
            cost += r.costMicros();
            if (c.ok() && !r.ok()) {
                ErrorKind kind = r.failure() == null ? ErrorKind.UNKNOWN : r.failure().type().errorKind(c.kind);
                return new ReplayedExecution(e, Outcome.FAILURE, kind, cost, Duration.ofNanos(clock.nanos() - start),
                        c.label() + " failed: " + (r.failure() == null ? kind
                                : CHAOS_TAG.matcher(r.failure().getMessage()).replaceAll(""))
                                + " (answered in the recording)");
            }
            if (!c.ok()) {
                anyFailed = true;
                if (r.ok()) {
                    mended.append(mended.length() == 0 ? "" : "; ").append(c.label()).append(" answered")
                            .append(r.recoveredBy() == null ? "" : " by " + r.recoveredBy())
                            .append(" (recorded ").append(c.errorKind == null ? "failure" : c.errorKind).append(')');
                } else {
                    stillFailing = true;
                }
            }
        }
        Duration duration = e.duration().plusNanos(shift);
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        if (!e.outcome().isSuccess() && anyFailed && !stillFailing && causedByCalls(e, list)) {
            return new ReplayedExecution(e, Outcome.SUCCESS, null, cost, duration,
                    mended + "; its steps after that were not recorded");
        }
        return new ReplayedExecution(e, e.outcome(), e.errorKind(), cost, duration, "");
    }

    // The execution failed for the reason one of its failed calls gave (or gave none of its own).
    private static boolean causedByCalls(Execution e, List<RecordedCall> calls) {
        ErrorKind k = e.errorKind();
        if (k == null || k == ErrorKind.UNKNOWN) {
            return true;
        }
        for (RecordedCall c : calls) {
            if (!c.ok() && (c.errorKind == k || (c.errorKind == null && c.kind == CallKind.TOOL && k == ErrorKind.TOOL_ERROR))) {
                return true;
            }
        }
        return false;
    }
}
