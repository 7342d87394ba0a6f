package io.breakerboard.engine.tool;

/**
 * What a tool returned.
 *
 * @param text    the result as the agent reads it
 * @param finding the fact this result establishes for the task (a root cause, a fraud signal); null when none
 */
public record ToolOutput(String text, String finding) {

    public static ToolOutput of(String text) {
        return new ToolOutput(text, null);
    }
}
