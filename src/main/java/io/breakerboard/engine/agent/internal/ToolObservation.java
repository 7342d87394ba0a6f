package io.breakerboard.engine.agent.internal;

/**
 * What the agent learns from a tool call.
 *
 * @param text        what it reads: the result, the error, or why the call was refused
 * @param ok          true when the tool (or a fallback standing in for it) answered
 * @param finding     the fact established, or null
 * @param recoveredBy the fallback that answered instead of the tool (an alternative tool, a stale cached
 *                    result); null when the tool itself answered or nothing did
 */
public record ToolObservation(String text, boolean ok, String finding, String recoveredBy) {

    public ToolObservation(String text, boolean ok, String finding) {
        this(text, ok, finding, null);
    }
}
