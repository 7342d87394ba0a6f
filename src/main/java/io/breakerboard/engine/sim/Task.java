package io.breakerboard.engine.sim;

import java.util.Map;

/**
 * A unit of work and the hidden truth behind it. Agents see {@link #text()}; simulated tools answer from
 * {@link #facts()}, so an investigation can only find the root cause by calling the right tools.
 *
 * @param id        stable id
 * @param domain    SRE or finance
 * @param text      what the agent is asked
 * @param facts     hidden facts (service, pod, cause, invoice fields…)
 * @param rootCause the true explanation, in words; the answer a perfect investigation reaches
 * @param seed      the seed it was generated from
 */
public record Task(String id, Domain domain, String text, Map<String, String> facts, String rootCause, long seed) {

    public Task {
        facts = Map.copyOf(facts);
    }

    public String fact(String name) {
        String v = facts.get(name);
        if (v == null) {
            throw new IllegalStateException("task " + id + " has no fact '" + name + "'");
        }
        return v;
    }
}
