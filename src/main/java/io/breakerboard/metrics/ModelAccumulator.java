package io.breakerboard.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Merges the per-model figures of rollups into {@link ModelCost}s, most expensive first. */
final class ModelAccumulator {
    private static final Comparator<ModelCost> MOST_EXPENSIVE_FIRST =
            Comparator.comparingLong(ModelCost::costMicros).reversed().thenComparing(ModelCost::model);

    private final Map<String, long[]> byModel = new HashMap<>();

    /** Adds a rollup's models; the caller holds its monitor. */
    void add(Rollup rollup) {
        ModelTable models = rollup.models;
        for (int i = 0; i < models.size(); i++) {
            long[] totals = byModel.computeIfAbsent(models.name(i), name -> new long[4]);
            totals[0] += models.executions(i);
            totals[1] += models.inputTokens(i);
            totals[2] += models.outputTokens(i);
            totals[3] += models.costMicros(i);
        }
    }

    List<ModelCost> toList() {
        List<ModelCost> list = new ArrayList<>(byModel.size());
        byModel.forEach((model, t) -> list.add(new ModelCost(model, t[0], t[1], t[2], t[3])));
        list.sort(MOST_EXPENSIVE_FIRST);
        return list;
    }
}
