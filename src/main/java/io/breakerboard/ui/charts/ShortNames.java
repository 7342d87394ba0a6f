package io.breakerboard.ui.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Agent names short enough for a chart's side axis or legend: a name wider than the room keeps its start and its end
 * around an ellipsis ("customer-support…eu-west"), so names that differ only in their region stay apart. Names
 * that fit are left whole.
 */
public final class ShortNames {
    private ShortNames() {
    }

    /** Each name fitted to {@code room} px as measured by {@code width}; the results are distinct when the names are. */
    public static List<String> fit(List<String> names, double room, ToDoubleFunction<String> width) {
        List<String> out = new ArrayList<>(names.size());
        Set<String> used = new HashSet<>();
        for (String name : names) {
            String shown = name;
            if (width.applyAsDouble(name) > room) {
                shown = shorten(name, room, width, used);
            }
            used.add(shown);
            out.add(shown);
        }
        return out;
    }

    private static String shorten(String name, double room, ToDoubleFunction<String> width, Set<String> used) {
        // Keep a third of what fits at the end (where regions and tiers sit), the rest at the start.
        for (int keep = name.length() - 1; keep >= 4; keep--) {
            int tail = Math.max(2, keep / 3);
            int head = keep - tail;
            String candidate = name.substring(0, head) + "…" + name.substring(name.length() - tail);
            if (width.applyAsDouble(candidate) <= room && !used.contains(candidate)) {
                return candidate;
            }
        }
        return name;
    }
}
