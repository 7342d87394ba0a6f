package io.breakerboard.chaos.internal;

import java.util.Arrays;
import java.util.Locale;

/** What an experiment undoes when it ends, however it ends. Its faults are always removed. */
public enum Rollback {
    /** Remove the experiment's faults (always done; listing it changes nothing). */
    REMOVE_FAULTS("remove-faults", "Remove the experiment's faults"),
    /** Reset circuit breakers left open or half-open, so the next traffic starts clean. */
    RESET_BREAKERS("reset-breakers", "Reset circuit breakers left open");

    private final String id;
    private final String label;

    Rollback(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the id and the known ones */
    public static Rollback parse(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Rollback r : values()) {
            if (r.id.equals(wanted)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rollback '" + id + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(Rollback::id).toList()));
    }
}
