package io.breakerboard.engine.tool.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The arguments a tool accepts. Unknown arguments are rejected, so a typo never passes silently. */
public final class ArgSchema {
    private final Map<String, ArgRule> rules;

    private ArgSchema(Map<String, ArgRule> rules) {
        this.rules = rules;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, ArgRule> rules() {
        return rules;
    }

    /**
     * Checks a call's arguments.
     *
     * @return empty when valid, else one sentence naming the tool, the argument, the value and the rule
     */
    public Optional<String> validate(ToolCall call) {
        for (String name : call.args().keySet()) {
            if (!rules.containsKey(name)) {
                return Optional.of(call.tool() + ": unknown argument '" + name + "'; accepted: " + rules.keySet());
            }
        }
        for (Map.Entry<String, ArgRule> e : rules.entrySet()) {
            String value = call.args().get(e.getKey());
            if (value == null) {
                if (e.getValue().required()) {
                    return Optional.of(call.tool() + ": argument '" + e.getKey() + "' is required");
                }
                continue;
            }
            String problem = e.getValue().check(value);
            if (problem != null) {
                return Optional.of(call.tool() + ": argument '" + e.getKey() + "' " + problem + ", got '" + value + "'");
            }
        }
        return Optional.empty();
    }

    /** Collects rules in declaration order. */
    public static final class Builder {
        private final Map<String, ArgRule> rules = new LinkedHashMap<>();

        public Builder arg(String name, ArgRule rule) {
            rules.put(name, rule);
            return this;
        }

        public ArgSchema build() {
            // Map.copyOf would lose the order, and with it which problem is named first and how the list reads.
            return new ArgSchema(Collections.unmodifiableMap(new LinkedHashMap<>(rules)));
        }
    }
}
