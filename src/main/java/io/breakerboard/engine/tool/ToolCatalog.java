package io.breakerboard.engine.tool;

import io.breakerboard.engine.tool.internal.FinanceTools;
import io.breakerboard.engine.tool.internal.SreTools;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tools the engine knows, by name. */
public final class ToolCatalog {
    private final Map<String, Tool> tools = new LinkedHashMap<>();

    public ToolCatalog(Collection<Tool> tools) {
        for (Tool t : tools) {
            this.tools.put(t.spec().name(), t);
        }
    }

    /** The SRE and finance tool sets. */
    public static ToolCatalog standard() {
        List<Tool> all = new ArrayList<>(SreTools.all());
        all.addAll(FinanceTools.all());
        return new ToolCatalog(all);
    }

    /** @throws IllegalArgumentException naming the tool and the known ones */
    public Tool get(String name) {
        Tool t = tools.get(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown tool '" + name + "'; known: " + tools.keySet());
        }
        return t;
    }

    public List<String> names() {
        return List.copyOf(tools.keySet());
    }

    /** A catalog with one tool replaced or added (tests use it for counting doubles). */
    public ToolCatalog with(Tool tool) {
        List<Tool> all = new ArrayList<>(tools.values());
        all.removeIf(t -> t.spec().name().equals(tool.spec().name()));
        all.add(tool);
        return new ToolCatalog(all);
    }
}
