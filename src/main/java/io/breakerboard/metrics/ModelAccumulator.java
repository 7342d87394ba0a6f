package io.breakerboard.metrics;

import io.breakerboard.model.Saturating;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Merges the per-model figures of rollups into {@link ModelCost}s, most expensive first. */
final class ModelAccumulator {
    private static final Comparator<ModelCost> MOST_EXPENSIVE_FIRST =
            Comparator.comparingLong(ModelCost::costMicros).reversed().thenComparing(ModelCost::model);

    private PooledName[] names;
    private long[] totals;

    /** @param expectedNames how many names are pooled; ids beyond it grow the arrays */
    ModelAccumulator(int expectedNames) {
        names = new PooledName[expectedNames];
        totals = new long[expectedNames * 4];
    }

    /** Adds a rollup's models; the caller holds its monitor. */
    void add(Rollup rollup) {
        ModelTable models = rollup.models;
        for (int i = 0; i < models.size(); i++) {
            PooledName name = models.name(i);
            if (name.id() >= names.length) {
                names = Arrays.copyOf(names, name.id() * 2 + 1);
                totals = Arrays.copyOf(totals, names.length * 4);
            }
            names[name.id()] = name;
            int at = name.id() * 4;
            totals[at] = Saturating.add(totals[at], models.executions(i));
            totals[at + 1] = Saturating.add(totals[at + 1], models.inputTokens(i));
            totals[at + 2] = Saturating.add(totals[at + 2], models.outputTokens(i));
            totals[at + 3] = Saturating.add(totals[at + 3], models.costMicros(i));
        }
    }

    List<ModelCost> toList() {
        List<ModelCost> list = new ArrayList<>();
        for (int id = 0; id < names.length; id++) {
            if (names[id] != null) {
                int at = id * 4;
                list.add(new ModelCost(names[id].text(), totals[at], totals[at + 1], totals[at + 2], totals[at + 3]));
            }
        }
        list.sort(MOST_EXPENSIVE_FIRST);
        return list;
    }
}
