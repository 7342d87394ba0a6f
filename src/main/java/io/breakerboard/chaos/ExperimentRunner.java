package io.breakerboard.chaos;

import io.breakerboard.chaos.internal.FixAdvice;
import io.breakerboard.chaos.internal.PhaseCollector;
import io.breakerboard.chaos.internal.PhaseSample;
import io.breakerboard.chaos.internal.Probe;
import io.breakerboard.chaos.internal.ProbeEvaluator;
import io.breakerboard.chaos.internal.ProbeResult;
import io.breakerboard.chaos.internal.Rollback;
import io.breakerboard.engine.Engine;
import io.breakerboard.engine.EngineStats;
import io.breakerboard.engine.reliability.BreakerCommand;
import io.breakerboard.engine.reliability.BreakerState;
import io.breakerboard.engine.reliability.BreakerView;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.job.Job;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs an experiment on the engine: checks the hypothesis on steady traffic, applies the method (traffic with
 * the faults, guards watching), checks the hypothesis again on the method's executions, then rolls back. Each
 * phase is a workload of its own, so the probes see exactly the executions of that phase.
 *
 * <p>It blocks until the experiment is over: call it from a background thread. It needs the engine to itself
 * (the engine runs one workload at a time) and refuses to start while other faults are held, since those would
 * spoil the baseline.
 */
public final class ExperimentRunner {
    private static final long POLL_MILLIS = 100;

    private final Engine engine;
    private final FaultInjector injector;
    private final EngineClock clock;

    /** @param injector must be the interceptor installed on {@code engine} */
    public ExperimentRunner(Engine engine, FaultInjector injector, EngineClock clock) {
        this.engine = engine;
        this.injector = injector;
        this.clock = clock;
    }

    /**
     * Runs the experiment to its end and returns its report.
     *
     * @param progress  told where the run is, from this thread
     * @param cancelled polled; once true the traffic stops, the faults roll back and the report says CANCELLED
     * @throws IllegalStateException when the engine is running a workload already
     */
    public ExperimentReport run(Experiment x, Consumer<ExperimentProgress> progress, BooleanSupplier cancelled) {
        if (engine.running()) {
            throw new IllegalStateException("the engine is running a workload; stop it before running experiment '"
                    + x.name() + "', which brings its own traffic");
        }
        Run run = new Run(x, progress, cancelled);
        try {
            return run.execute();
        } catch (RuntimeException e) {
            run.rollBack();
            run.rows.add(new ReportRow(ReportPhase.ROLLBACK, "Run the experiment to its end", "no error",
                    "stopped by an error: " + e.getMessage(), true, "Read the error; correct the experiment or the engine "
                    + "settings and run it again"));
            return run.report(ExperimentStatus.FAILED, "The experiment stopped with an error: " + e.getMessage());
        }
    }

    /** One run's state, from start to report. */
    private final class Run {
        final Experiment x;
        final Consumer<ExperimentProgress> progress;
        final BooleanSupplier cancelled;
        final Instant startedAt = clock.now();
        final String id = "run-" + UUID.randomUUID();
        final List<ReportRow> rows = new ArrayList<>();
        final List<String> faultIds = new ArrayList<>();
        boolean rolledBack;

        Run(Experiment x, Consumer<ExperimentProgress> progress, BooleanSupplier cancelled) {
            this.x = x;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        ExperimentReport execute() {
            List<ActiveFault> others = injector.active();
            if (!others.isEmpty()) {
                rows.add(new ReportRow(ReportPhase.BEFORE, "Check that no other fault is active", "none",
                        others.size() + " active: " + String.join("; ", others.stream().map(a -> a.spec().describe()).toList()),
                        true, FixAdvice.otherFaults()));
                rolledBack = true;
                return report(ExperimentStatus.NOT_STEADY, others.size()
                        + " other fault(s) were active, which would spoil the baseline; nothing ran.");
            }

            PhaseCollector steady = new PhaseCollector(List.of(), this::breakers);
            Phase before = phase("Steady state", steady, x.steadyState(), Seeds.mix(x.seed(), "steady-state"), 0);
            if (before.cancelled) {
                rollBack();
                return report(ExperimentStatus.CANCELLED, "Stopped during the steady-state check; no fault was injected.");
            }
            boolean steadyHeld = judge(ReportPhase.BEFORE, before.sample);
            if (!steadyHeld) {
                rollBack();
                return report(ExperimentStatus.NOT_STEADY, "The hypothesis did not hold on steady traffic, so "
                        + "the faults were not injected.");
            }

            PhaseCollector method = new PhaseCollector(x.guards(), this::breakers);
            for (ScheduledFault f : x.method().faults()) {
                ActiveFault held = injector.schedule(f.fault(), f.at(), "experiment " + x.name());
                faultIds.add(held.id());
                method.watch(held.id(), f.fault());
            }
            Phase during;
            try (AutoCloseable listening = injector.onHit(method::onHit)) {
                double base = fraction(x.steadyState());
                during = phase("Method", method, x.method().duration(), Seeds.mix(x.seed(), "method"), base);
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
            }
            methodRows(method, during.sample);
            PhaseCollector.Tripped tripped = method.tripped();
            if (tripped != null) {
                rows.add(new ReportRow(ReportPhase.GUARD, "Guard: " + tripped.guard().probe().describe() + ", from "
                        + tripped.guard().after() + " executions", tripped.guard().probe().expected(),
                        tripped.result().actual() + " after " + tripped.executions() + " executions; traffic stopped",
                        true, tripped.result().fix()));
            }
            boolean afterHeld = judge(ReportPhase.AFTER, during.sample);
            rollBack();
            long deviatedAfter = rows(ReportPhase.AFTER) + rows(ReportPhase.METHOD);
            if (during.cancelled) {
                return report(ExperimentStatus.CANCELLED, "Stopped during the method after " + during.sample.executions().size()
                        + " executions; the faults were rolled back.");
            }
            if (tripped != null) {
                return report(ExperimentStatus.ABORTED, tripped.guard().probe().describe() + " was "
                        + tripped.result().actual() + ", outside " + tripped.guard().probe().expected()
                        + "; the traffic stopped and the faults were rolled back.");
            }
            if (afterHeld && deviatedAfter == 0) {
                return report(ExperimentStatus.PASSED, "The hypothesis held: all " + x.hypothesis().size()
                        + " probes stayed within tolerance under the faults.");
            }
            return report(ExperimentStatus.DEVIATED, deviatedAfter + " check(s) fell outside tolerance "
                    + "under the faults; see Fix needed.");
        }

        private long rows(ReportPhase phase) {
            return rows.stream().filter(r -> r.phase() == phase && r.deviated()).count();
        }

        private boolean judge(ReportPhase phase, PhaseSample sample) {
            boolean held = true;
            for (Probe p : x.hypothesis()) {
                ProbeResult r = ProbeEvaluator.evaluate(p, sample);
                rows.add(new ReportRow(phase, p.describe(), p.expected(), r.actual(), r.deviated(), r.fix()));
                held &= !r.deviated();
            }
            return held;
        }

        private void methodRows(PhaseCollector method, PhaseSample sample) {
            List<Execution> done = sample.executions();
            long ok = done.stream().filter(Execution::succeeded).count();
            long partial = done.stream().filter(e -> e.outcome() == Outcome.PARTIAL).count();
            rows.add(new ReportRow(ReportPhase.METHOD, "Send traffic: " + x.method().workload().describe() + ", for "
                    + Units.span(x.method().duration()), "executions finish",
                    done.size() + " executions: " + ok + " succeeded, " + partial + " partial, "
                            + (done.size() - ok - partial) + " failed" + (sample.abandoned() > 0 ? ", " + sample.abandoned()
                            + " crashed" : ""), done.isEmpty(),
                    done.isEmpty() ? "Raise the workload's rate or the method's duration" : ""));
            for (int i = 0; i < faultIds.size(); i++) {
                ScheduledFault f = x.method().faults().get(i);
                long hits = method.hits(faultIds.get(i));
                rows.add(new ReportRow(ReportPhase.METHOD, "Inject " + f.fault().describe()
                        + (f.at().isZero() ? "" : ", from " + Units.span(f.at()) + " into the method"),
                        "reaches the calls it is aimed at", hits == 0 ? "reached no call" : "changed " + hits + " calls in "
                        + method.executionsHit(faultIds.get(i)) + " executions", hits == 0, hits == 0 ? FixAdvice.unusedFault() : ""));
            }
        }

        private Phase phase(String name, PhaseCollector collector, Duration duration, long seed, double base) {
            progress.accept(new ExperimentProgress(name, base, name + ": starting"));
            EngineStats s0 = engine.stats();
            long t0 = clock.nanos();
            Job<EngineStats> job = engine.start(x.method().workload().toWorkload(seed, duration), collector);
            collector.stopWith(job.cancel());
            boolean stoppedByPerson = false;
            EngineStats s1;
            while (true) {
                try {
                    s1 = job.result().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    if (!stoppedByPerson && cancelled.getAsBoolean()) {
                        stoppedByPerson = true;
                        job.cancel().run();
                    }
                    Duration elapsed = Duration.ofNanos(Math.min(clock.nanos() - t0, duration.toNanos()));
                    progress.accept(new ExperimentProgress(name, base + fraction(elapsed), name + ": "
                            + Units.span(elapsed.withNanos(0)) + " of " + Units.span(duration) + ", "
                            + collector.executions() + " executions" + (stoppedByPerson ? ", stopping…" : "")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    job.cancel().run();
                    throw new IllegalStateException("interrupted while waiting for the " + name.toLowerCase() + " traffic", e);
                } catch (ExecutionException e) {
                    throw new CompletionException("the " + name.toLowerCase() + " traffic failed: " + e.getCause().getMessage(),
                            e.getCause());
                }
            }
            long abandoned = Math.max(0, (s1.started() - s0.started()) - (s1.completed() - s0.completed()));
            boolean cancelledNow = stoppedByPerson || cancelled.getAsBoolean();
            return new Phase(collector.sample(name.equals("Method"), abandoned, breakers()), cancelledNow);
        }

        private double fraction(Duration d) {
            return Math.min(1.0, (double) d.toNanos() / x.plannedDuration().toNanos());
        }

        private Map<String, String> breakers() {
            Map<String, String> out = new LinkedHashMap<>();
            for (BreakerView b : engine.reliability().breakers()) {
                out.put(b.name(), b.state().name());
            }
            return out;
        }

        void rollBack() {
            if (rolledBack) {
                return;
            }
            rolledBack = true;
            progress.accept(new ExperimentProgress("Rollback", 1.0, "Rolling back"));
            int removed = 0;
            for (String id : faultIds) {
                if (injector.rollBack(id).isPresent()) {
                    removed++;
                }
            }
            long left = injector.active().stream().filter(a -> faultIds.contains(a.id())).count();
            if (!faultIds.isEmpty()) {
                int expired = faultIds.size() - removed;
                List<String> parts = new ArrayList<>();
                if (removed > 0) {
                    parts.add("removed " + removed);
                }
                if (expired > 0) {
                    parts.add(expired == 1 ? "1 had rolled back by itself at its end"
                            : expired + " had rolled back by themselves at their end");
                }
                parts.add(left == 0 ? "none left" : left + " still active");
                rows.add(new ReportRow(ReportPhase.ROLLBACK, Rollback.REMOVE_FAULTS.label(), "none left",
                        String.join("; ", parts), left > 0, left > 0 ? "Stop all faults by hand" : ""));
            }
            if (x.rollbacks().contains(Rollback.RESET_BREAKERS)) {
                List<String> reset = new ArrayList<>();
                for (BreakerView b : engine.reliability().breakers()) {
                    if (b.state() == BreakerState.OPEN || b.state() == BreakerState.HALF_OPEN) {
                        engine.control(b.name(), BreakerCommand.RESET);
                        reset.add(b.name());
                    }
                }
                List<String> stillOpen = engine.reliability().breakers().stream()
                        .filter(b -> b.state() == BreakerState.OPEN || b.state() == BreakerState.HALF_OPEN)
                        .map(BreakerView::name).toList();
                rows.add(new ReportRow(ReportPhase.ROLLBACK, Rollback.RESET_BREAKERS.label(), "all closed",
                        (reset.isEmpty() ? "none was open" : "reset " + String.join(", ", reset))
                                + (stillOpen.isEmpty() ? "" : "; still open: " + String.join(", ", stillOpen)),
                        !stillOpen.isEmpty(), stillOpen.isEmpty() ? "" : "Reset them by hand on the reliability panel"));
            }
        }

        ExperimentReport report(ExperimentStatus status, String summary) {
            return new ExperimentReport(id, x.name(), x.seed(), status, startedAt, clock.now(), summary, rows);
        }
    }

    private record Phase(PhaseSample sample, boolean cancelled) {
    }
}
