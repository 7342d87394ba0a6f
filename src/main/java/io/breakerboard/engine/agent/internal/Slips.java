package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.tool.internal.ToolCall;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** The argument mistakes a simulated model makes: an argument the tool does not know, or a value in the wrong form. */
final class Slips {
    private Slips() {
    }

    static ToolCall badArguments(ToolCall call, RandomGenerator r) {
        Map<String, String> args = new TreeMap<>(call.args());
        if (args.isEmpty() || r.nextBoolean()) {
            args.put("verbose", "true");
        } else {
            String name = args.keySet().iterator().next();
            args.put(name, args.get(name) + " (approx.)");
        }
        return new ToolCall(call.tool(), args);
    }
}
