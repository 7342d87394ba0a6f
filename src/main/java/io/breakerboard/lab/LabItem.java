package io.breakerboard.lab;

import java.util.Objects;

/**
 * One execution a lab run names in a list beside its table, with why: a replay's saved, lost and not replayable
 * executions.
 *
 * @param list         the list it is in, see {@link #SAVED}, {@link #LOST}, {@link #NOT_REPLAYABLE}
 * @param executionKey the execution
 * @param agent        its agent
 * @param detail       why it is in the list, in words
 */
public record LabItem(String list, String executionKey, String agent, String detail) {
    public static final String SAVED = "saved";
    public static final String LOST = "lost";
    public static final String NOT_REPLAYABLE = "not replayable";

    public LabItem {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(executionKey, "executionKey");
        agent = agent == null ? "" : agent;
        detail = detail == null ? "" : detail;
    }
}
