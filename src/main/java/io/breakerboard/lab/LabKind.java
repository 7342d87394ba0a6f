package io.breakerboard.lab;

import java.util.Locale;

/** The lab's tools. */
public enum LabKind {
    PATTERNS("Pattern benchmark"),
    COST("Cost before / after"),
    BREAKDOWN("Cost breakdown"),
    REPLAY("What-if replay");

    private final String label;

    LabKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
