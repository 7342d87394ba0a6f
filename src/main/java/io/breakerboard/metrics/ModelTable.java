package io.breakerboard.metrics;

import io.breakerboard.model.Saturating;
import java.util.Arrays;

/**
 * Per-model executions, tokens and cost inside one rollup. A minute sees one to a few models, so parallel arrays
 * searched linearly beat a map and allocate nothing per execution. Not thread-safe; its rollup guards it.
 */
final class ModelTable {
    private static final int EXECUTIONS = 0;
    private static final int INPUT_TOKENS = 1;
    private static final int OUTPUT_TOKENS = 2;
    private static final int COST = 3;
    private static final int FIELDS = 4;

    private PooledName[] names;
    private long[] values;
    private int size;

    ModelTable() {
        this(1);
    }

    ModelTable(int capacity) {
        names = new PooledName[Math.max(1, capacity)];
        values = new long[names.length * FIELDS];
    }

    /** Adds one execution's figures; a model new to this table is taken from the pool. */
    void add(String name, long inputTokens, long outputTokens, long costMicros, NamePool pool) {
        int i = indexOf(name);
        if (i < 0) {
            i = append(pool.pooled(name));
        }
        addAt(i, 1, inputTokens, outputTokens, costMicros);
    }

    /** Adds a model's totals as read back from the store. */
    void add(PooledName name, long executions, long inputTokens, long outputTokens, long costMicros) {
        int i = -1;
        for (int j = 0; j < size; j++) {
            if (names[j] == name) {
                i = j;
                break;
            }
        }
        if (i < 0) {
            i = append(name);
        }
        addAt(i, executions, inputTokens, outputTokens, costMicros);
    }

    private void addAt(int i, long executions, long inputTokens, long outputTokens, long costMicros) {
        int at = i * FIELDS;
        values[at + EXECUTIONS] = Saturating.add(values[at + EXECUTIONS], executions);
        values[at + INPUT_TOKENS] = Saturating.add(values[at + INPUT_TOKENS], inputTokens);
        values[at + OUTPUT_TOKENS] = Saturating.add(values[at + OUTPUT_TOKENS], outputTokens);
        values[at + COST] = Saturating.add(values[at + COST], costMicros);
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].text() == name) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].text().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private int append(PooledName name) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2 * FIELDS);
        }
        names[size] = name;
        return size++;
    }

    int size() {
        return size;
    }

    PooledName name(int i) {
        return names[i];
    }

    long executions(int i) {
        return values[i * FIELDS + EXECUTIONS];
    }

    long inputTokens(int i) {
        return values[i * FIELDS + INPUT_TOKENS];
    }

    long outputTokens(int i) {
        return values[i * FIELDS + OUTPUT_TOKENS];
    }

    long costMicros(int i) {
        return values[i * FIELDS + COST];
    }
}
