package io.breakerboard.chaos.internal;

import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.model.Execution;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one phase of an experiment produced, for the probes to judge.
 *
 * @param faultsApplied true for the method (faults were held), false for the steady-state check
 * @param executions    the executions of the phase's own traffic
 * @param abandoned     executions that started and never finished (the engine caught an unexpected exception)
 * @param breakers      circuit breaker states at the end of the phase, by name
 * @param hits          per execution key, the fault kinds that changed one of its calls
 * @param faults        the faults of the method (empty for the steady state), for the advice on deviations
 */
public record PhaseSample(boolean faultsApplied, List<Execution> executions, long abandoned, Map<String, String> breakers,
                          Map<String, Set<FaultKind>> hits, List<FaultSpec> faults) {
    public PhaseSample {
        executions = List.copyOf(executions);
        breakers = Map.copyOf(breakers);
        hits = Map.copyOf(hits);
        faults = List.copyOf(faults);
    }
}
