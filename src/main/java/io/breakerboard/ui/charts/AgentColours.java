package io.breakerboard.ui.charts;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * One colour per agent, the same in every chart and every run: the agent's name hashed into a palette of
 * {@link #PALETTE} colours ({@code -bb-agent-0} … in the theme's CSS). When two agents on the same chart hash to
 * the same colour, the one later by name takes the next free one, so the result depends only on which agents
 * are shown, never on their order or on the run. No JavaFX, so tested plainly.
 */
public final class AgentColours {
    /** Colours in the palette; each theme defines them all, distinct and readable on its background. */
    public static final int PALETTE = 12;

    private AgentColours() {
    }

    /** The palette slot an agent prefers: FNV-1a over its UTF-8 name (stable across runs and JVMs). */
    public static int preferred(String agent) {
        int hash = 0x811c9dc5;
        for (byte b : agent.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, PALETTE);
    }

    /** A slot for each of these agents, distinct while there are no more agents than colours. */
    public static Map<String, Integer> assign(Collection<String> agents) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        boolean[] taken = new boolean[PALETTE];
        int used = 0;
        for (String agent : new TreeSet<>(agents)) {
            int slot = preferred(agent);
            if (used < PALETTE) {
                while (taken[slot]) {
                    slot = (slot + 1) % PALETTE;
                }
                taken[slot] = true;
                used++;
            }
            slots.put(agent, slot);
        }
        return slots;
    }

    /** The CSS class that gives a series this slot's colour. */
    public static String styleClass(int slot) {
        return "series-agent-" + slot;
    }
}
