package io.breakerboard.ingest.format;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The ranges of docs/log-formats.md, checked from outside the readers. */
final class ValueRanges {
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private ValueRanges() {
    }

    /** What is out of range in the execution or its steps; empty when nothing is. */
    static List<String> problems(Execution e) {
        List<String> problems = new ArrayList<>();
        time(problems, "started_at", e.startedAt());
        if (e.duration().isNegative()) {
            problems.add("duration " + e.duration());
        }
        nonNegative(problems, "input tokens", e.inputTokens());
        nonNegative(problems, "output tokens", e.outputTokens());
        nonNegative(problems, "cost", e.costMicros());
        nonNegative(problems, "retries", e.retries());
        nonNegative(problems, "iterations", e.iterations());
        nonNegative(problems, "tool calls", e.toolCalls());
        nonNegative(problems, "tool failures", e.toolFailures());
        for (Step s : e.steps()) {
            if (s.at() != null) {
                time(problems, "step " + s.index() + " at", s.at());
            }
            if (s.duration() != null && s.duration().isNegative()) {
                problems.add("step " + s.index() + " duration " + s.duration());
            }
            nonNegative(problems, "step " + s.index() + " input tokens", s.inputTokens());
            nonNegative(problems, "step " + s.index() + " output tokens", s.outputTokens());
            nonNegative(problems, "step " + s.index() + " cost", s.costMicros());
        }
        return problems;
    }

    private static void time(List<String> problems, String field, Instant t) {
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            problems.add(field + " " + t);
        }
    }

    private static void nonNegative(List<String> problems, String field, long value) {
        if (value < 0) {
            problems.add(field + " " + value);
        }
    }
}
