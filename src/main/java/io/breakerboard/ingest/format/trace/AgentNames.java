package io.breakerboard.ingest.format.trace;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Agent names never carry run ids. Frameworks name unnamed agents by an id made per run (Koog's {@code agent.<uuid>},
 * Microsoft Agent Framework's {@code gen_ai.agent.name} set to a uuid, {@code invoke_agent <uuid>} span names), and
 * every run would become an agent of its own. A trailing uuid or long hex id is cut off with its separator; a name
 * that is then empty or only a generic word ("agent", "invoke_agent") names no agent, and the next source is asked.
 */
public final class AgentNames {
    private static final Pattern TRAILING_ID = Pattern.compile(
            "[\\s._:/#@-]*[\\[(<]?(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "|(?=[0-9a-fA-F]*\\d)[0-9a-fA-F]{12,})[\\])>]?$");
    private static final Set<String> GENERIC = Set.of("agent", "invoke_agent", "create_agent", "agent run", "run");

    private AgentNames() {
    }

    /** The name without a trailing run id, or null when nothing that names an agent is left. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        String before;
        do {
            before = n;
            n = TRAILING_ID.matcher(n).replaceFirst("").strip();
        } while (!n.equals(before) && !n.isEmpty());
        if (n.isEmpty() || GENERIC.contains(n.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return n;
    }
}
