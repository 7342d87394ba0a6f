package io.breakerboard.ingest.format;

import io.breakerboard.ingest.Durations;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes a step of one pipe line. Every field stays in the step's attributes; the well-known ones also fill the
 * step: {@code tool}/{@code model} name it, {@code args}/{@code query}/{@code task} are its input,
 * {@code result}/{@code reason}/{@code error} or free text its output, {@code latency}/{@code duration} its
 * duration, {@code tokens} ({@code 1520}, {@code 1200/320} or {@code 1200+320}) and {@code cost} its usage.
 * On {@code GUARDRAIL}, {@code AGENT_DONE} and {@code AGENT_INCOMPLETE} the cost is a running total, so it is
 * not counted as the step's own cost.
 */
final class PipeStepMapper {
    private static final Set<String> OK_STATUS = Set.of("ok", "success", "succeeded", "done", "200", "201", "204",
            "2xx", "true", "completed", "passed");

    private PipeStepMapper() {
    }

    static Step toStep(PipeLine line, Instant at) throws RecordProblem {
        StepKind kind = StepKind.parse(line.event());
        Step.Builder b = Step.builder(kind).at(at).attributes(line.text() == null ? line.fields() : withText(line));
        String name = kind == StepKind.EVENT ? line.event() : line.field("tool", "model", "name", "rule", "agent", "source");
        b.name(name);
        b.input(line.field("args", "input", "query", "task", "prompt"));
        String output = line.field("result", "output", "reason", "error", "message", "plan", "thought", "summary");
        b.output(output != null ? output : line.text());
        String latency = line.field("latency", "duration", "elapsed");
        if (latency != null && kind != StepKind.AGENT_DONE) {
            b.duration(duration(latency, line.fields().containsKey("latency") ? "latency" : "duration"));
        }
        tokens(line, b);
        String cost = line.field("cost");
        if (cost != null && kind != StepKind.GUARDRAIL && kind != StepKind.AGENT_DONE && kind != StepKind.AGENT_INCOMPLETE) {
            b.costMicros(JsonValues.micros(cost, "cost"));
        }
        if (failed(kind, line)) {
            String why = line.field("error", "reason", "status", "message", "result");
            b.failure(ErrorKind.classify(why != null ? why : line.text()), why);
        }
        return b.build();
    }

    static Duration duration(String text, String field) throws RecordProblem {
        try {
            return Durations.parse(text, 1);
        } catch (IllegalArgumentException e) {
            throw RecordProblem.invalid(field, e.getMessage() + "; write e.g. 1.2s or 120ms");
        }
    }

    private static boolean failed(StepKind kind, PipeLine line) {
        if (kind == StepKind.TOOL_ERROR || kind == StepKind.API_ERROR) {
            return true;
        }
        if (kind == StepKind.TOOL_RESULT || kind == StepKind.LLM_CALL) {
            String status = line.field("status");
            return status != null && !OK_STATUS.contains(status.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static void tokens(PipeLine line, Step.Builder b) throws RecordProblem {
        String t = line.field("tokens");
        if (t != null) {
            int sep = Math.max(t.indexOf('/'), t.indexOf('+'));
            if (sep > 0) {
                b.inputTokens(count(t.substring(0, sep), "tokens"));
                b.outputTokens(count(t.substring(sep + 1), "tokens"));
            } else {
                b.inputTokens(count(t, "tokens"));
            }
        }
        String in = line.field("input_tokens", "prompt_tokens");
        if (in != null) {
            b.inputTokens(count(in, "input_tokens"));
        }
        String out = line.field("output_tokens", "completion_tokens");
        if (out != null) {
            b.outputTokens(count(out, "output_tokens"));
        }
    }

    static long count(String text, String field) throws RecordProblem {
        try {
            return Long.parseLong(text.trim().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw RecordProblem.invalid(field, "expected a whole number, found '" + text + "'");
        }
    }

    private static Map<String, String> withText(PipeLine line) {
        Map<String, String> m = new LinkedHashMap<>(line.fields());
        m.put("text", line.text());
        return m;
    }
}
