package io.breakerboard.chaos.internal;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.model.Execution;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Gathers one phase of an experiment as it runs: the executions of its traffic (the engine's observer), the
 * calls its faults changed (the injector's hit listener), and judges the guards after every execution. Called
 * from engine threads; everything is guarded by this object's lock.
 */
public final class PhaseCollector implements Consumer<Execution> {
    private final List<Guard> guards;
    private final Supplier<Map<String, String>> breakers;
    private final Set<String> faultIds = ConcurrentHashMap.newKeySet();
    private final List<FaultSpec> faults = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Execution> executions = new ArrayList<>();
    private final Map<String, Set<FaultKind>> hitsByExecution = new HashMap<>();
    private final Map<String, Long> hitsByFault = new HashMap<>();
    private final Map<String, Set<String>> executionsByFault = new HashMap<>();
    private volatile Runnable stopper;
    private Tripped tripped;

    /** A guard that failed, with what it saw and after how many executions. */
    public record Tripped(Guard guard, ProbeResult result, int executions) {
    }

    /** @param breakers circuit breaker states by name, read when a breaker guard is judged */
    public PhaseCollector(List<Guard> guards, Supplier<Map<String, String>> breakers) {
        this.guards = List.copyOf(guards);
        this.breakers = breakers;
    }

    /** The faults whose hits belong to this phase. */
    public void watch(String faultId, FaultSpec spec) {
        faultIds.add(faultId);
        faults.add(spec);
    }

    /** What stops the phase's traffic when a guard fails. */
    public void stopWith(Runnable stop) {
        this.stopper = stop;
        boolean stopNow;
        synchronized (this) {
            stopNow = tripped != null;
        }
        if (stopNow) {
            stop.run();
        }
    }

    @Override
    public void accept(Execution e) {
        boolean stop = false;
        synchronized (this) {
            executions.add(e);
            if (tripped == null && !guards.isEmpty()) {
                tripped = judgeGuards();
                stop = tripped != null;
            }
        }
        Runnable s = stopper;
        if (stop && s != null) {
            s.run();
        }
    }

    /** The injector's hit listener. */
    public void onHit(FaultHit hit) {
        if (!faultIds.contains(hit.faultId())) {
            return;
        }
        synchronized (this) {
            hitsByExecution.computeIfAbsent(hit.executionKey(), k -> EnumSet.noneOf(FaultKind.class)).add(hit.kind());
            hitsByFault.merge(hit.faultId(), 1L, Long::sum);
            executionsByFault.computeIfAbsent(hit.faultId(), k -> new java.util.HashSet<>()).add(hit.executionKey());
        }
    }

    private Tripped judgeGuards() {
        PhaseSample running = null;
        for (Guard g : guards) {
            if (executions.size() < g.after()) {
                continue;
            }
            if (running == null) {
                boolean needsBreakers = guards.stream().anyMatch(x -> x.probe().kind() == io.breakerboard.chaos.internal.ProbeKind.BREAKER_STATE);
                running = new PhaseSample(true, executions, 0, needsBreakers ? breakers.get() : Map.of(), hitsByExecution,
                        faults);
            }
            ProbeResult r = ProbeEvaluator.evaluate(g.probe(), running);
            if (r.deviated()) {
                return new Tripped(g, r, executions.size());
            }
        }
        return null;
    }

    public synchronized int executions() {
        return executions.size();
    }

    /** The guard that failed, or null. */
    public synchronized Tripped tripped() {
        return tripped;
    }

    /** Calls one fault changed in this phase. */
    public synchronized long hits(String faultId) {
        return hitsByFault.getOrDefault(faultId, 0L);
    }

    /** Executions one fault reached in this phase. */
    public synchronized int executionsHit(String faultId) {
        return executionsByFault.getOrDefault(faultId, Set.of()).size();
    }

    /** Everything gathered, for the probes. */
    public synchronized PhaseSample sample(boolean faultsApplied, long abandoned, Map<String, String> breakerStates) {
        Map<String, Set<FaultKind>> hits = new HashMap<>();
        hitsByExecution.forEach((k, v) -> hits.put(k, Set.copyOf(v)));
        return new PhaseSample(faultsApplied, executions, abandoned, breakerStates, hits, faults);
    }
}
