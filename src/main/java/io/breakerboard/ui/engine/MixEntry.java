package io.breakerboard.ui.engine;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** One agent or pattern of the workload form and its weight (0 leaves it out). */
public final class MixEntry {
    public static final int MAX_WEIGHT = 10;

    private final String name;
    private final String domain;
    private final IntegerProperty weight;

    MixEntry(String name, String domain, int weight) {
        this.name = name;
        this.domain = domain;
        this.weight = new SimpleIntegerProperty(this, "weight", weight);
    }

    public String name() {
        return name;
    }

    /** {@code sre} or {@code finance}: a pattern runs only on agents of its domain. */
    public String domain() {
        return domain;
    }

    public IntegerProperty weightProperty() {
        return weight;
    }
}
