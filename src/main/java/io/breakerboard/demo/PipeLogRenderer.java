package io.breakerboard.demo;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes executions as a pipe-delimited agent log ({@code pipe-log}): the {@code AGENT_START} line carries the
 * full date, later lines only {@code [HH:mm:ss]} until the date changes.
 */
final class PipeLogRenderer {
    private final Writer out;
    private LocalDate lastDate;

    PipeLogRenderer(Writer out) {
        this.out = out;
    }

    void write(Execution e) throws IOException {
        Step before = null;
        for (Step s : e.steps()) {
            line(s, e, before);
            before = s;
        }
    }

    private void line(Step s, Execution e, Step before) throws IOException {
        // The engine times a tool call on its call step; the log states it on the line that reports the answer.
        Duration took = before != null && before.kind() == StepKind.TOOL_CALL ? before.duration().plus(s.duration())
                : s.duration();
        LocalDate date = LocalDate.ofInstant(s.at(), ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(160);
        if (lastDate == null || !lastDate.equals(date) || s.kind() == StepKind.AGENT_START) {
            sb.append(LogText.DATED.format(s.at())).append(" | ").append(eventName(s));
            lastDate = date;
        } else {
            sb.append('[').append(LogText.TIME.format(s.at())).append("] ").append(eventName(s));
        }
        switch (s.kind()) {
            case AGENT_START -> field(sb, "agent", e.agent()).field(sb, "task", e.task());
            case MEMORY_RECALL -> field(sb, "source", s.name()).field(sb, "query", s.input())
                    .field(sb, "result", s.output()).field(sb, "latency", LogText.latency(s.duration()));
            case PLAN, REASONING -> text(sb, s.output());
            case LLM_CALL -> {
                field(sb, "model", s.name()).field(sb, "tokens", s.inputTokens() + "/" + s.outputTokens())
                        .field(sb, "cost", "$" + LogText.usd(s.costMicros()))
                        .field(sb, "latency", LogText.latency(s.duration()));
                if (s.failed()) {
                    field(sb, "status", "error").field(sb, "error", s.output());
                }
            }
            case TOOL_CALL -> field(sb, "tool", s.name()).field(sb, "args", s.input());
            case TOOL_RESULT -> field(sb, "tool", s.name()).field(sb, "latency", LogText.latency(took))
                    .field(sb, "status", "ok").field(sb, "result", s.output());
            case TOOL_ERROR -> field(sb, "tool", s.name()).field(sb, "error", s.output())
                    .field(sb, "latency", LogText.latency(took));
            case API_ERROR -> field(sb, "model", s.name()).field(sb, "error", s.output())
                    .field(sb, "latency", LogText.latency(s.duration()));
            case GUARDRAIL -> {
                field(sb, "rule", s.name()).field(sb, "reason", s.output());
                if (s.attributes().containsKey("cost")) {
                    field(sb, "cost", "$" + s.attributes().get("cost"));
                }
            }
            case AGENT_DONE -> {
                field(sb, "iterations", Integer.toString(e.iterations())).field(sb, "cost", "$" + LogText.usd(e.costMicros()))
                        .field(sb, "duration", LogText.latency(e.duration()));
                if (s.failed()) {
                    field(sb, "status", "failure").field(sb, "error", s.output());
                }
            }
            case AGENT_INCOMPLETE -> field(sb, "reason", s.output()).field(sb, "cost", "$" + LogText.usd(e.costMicros()));
            default -> {
                s.attributes().forEach((k, v) -> field(sb, k, v));
                text(sb, s.output());
            }
        }
        if (s.kind() != StepKind.EVENT) {
            LogText.kept(s).forEach((k, v) -> field(sb, k, v));
        }
        out.write(sb.append('\n').toString());
    }

    private static String eventName(Step s) {
        return s.kind() == StepKind.EVENT ? s.name() : s.kind().name();
    }

    private PipeLogRenderer field(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append(" | ").append(key).append('=');
            sb.append(needsQuotes(value) ? LogText.quoted(value) : value);
        }
        return this;
    }

    private static void text(StringBuilder sb, String value) {
        if (value != null) {
            sb.append(" | ").append(LogText.quoted(value));
        }
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ' ' || c == '|' || c == '"' || c == '=' || c == '\\') {
                return true;
            }
        }
        return v.isEmpty();
    }
}
