package io.breakerboard.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes executions as an audit log ({@code audit-jsonl}): one line per model call, tool call (with its result),
 * guardrail stop and run end, keyed by session. A group of executions that run at the same time is written
 * with its lines merged in time order, so sessions interleave as they do in a real audit trail.
 */
final class AuditLogRenderer {
    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;

    AuditLogRenderer(Writer out) {
        this.out = out;
    }

    void writeConcurrent(List<Execution> group) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Execution e : group) {
            lines.addAll(lines(e));
        }
        lines.sort(Comparator.comparing(Line::at));
        for (Line l : lines) {
            out.write(l.json());
            out.write('\n');
        }
    }

    private record Line(Instant at, String json) {
    }

    private static List<Line> lines(Execution e) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Step> steps = e.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            switch (s.kind()) {
                case LLM_CALL, API_ERROR -> lines.add(line(e, s, "llm_call", null, null, s, s.duration()));
                case TOOL_CALL -> {
                    Step result = i + 1 < steps.size() && (steps.get(i + 1).kind() == StepKind.TOOL_RESULT
                            || steps.get(i + 1).kind() == StepKind.TOOL_ERROR) ? steps.get(i + 1) : s;
                    // The engine times a tool call on its call step, a log on its answer: either way, both together.
                    Duration took = result == s ? s.duration() : s.duration().plus(result.duration());
                    lines.add(line(e, s, "tool_call", s.input(), result.failed() ? null : result.output(), result, took));
                }
                case GUARDRAIL -> lines.add(line(e, s, "guardrail", null, null, failedCopy(s), s.duration()));
                case AGENT_DONE -> lines.add(line(e, s, "agent_done", null, s.failed() ? null : s.output(), s, s.duration()));
                default -> { }
            }
        }
        return lines;
    }

    private static Step failedCopy(Step s) {
        return Step.builder(s.kind()).name(s.name()).at(s.at()).failure(null, s.output()).build();
    }

    private static Line line(Execution e, Step s, String agentStep, String args, String summary, Step outcome,
                             Duration latency) throws IOException {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("timestamp", LogText.iso(s.at()));
            g.writeStringField("user_id", e.userId());
            g.writeStringField("session_id", e.sessionId());
            g.writeStringField("agent", e.agent());
            g.writeStringField("agent_step", agentStep);
            if (s.kind() == StepKind.TOOL_CALL) {
                g.writeStringField("tool_name", s.name());
                g.writeStringField("tool_args", args);
            } else if (s.kind() == StepKind.LLM_CALL || s.kind() == StepKind.API_ERROR) {
                g.writeStringField("model", s.name());
                if (s.inputTokens() + s.outputTokens() > 0) {
                    g.writeObjectFieldStart("tokens");
                    g.writeNumberField("input", s.inputTokens());
                    g.writeNumberField("output", s.outputTokens());
                    g.writeEndObject();
                }
            }
            if (summary != null) {
                g.writeStringField("tool_result_summary", summary);
            }
            g.writeFieldName("cost_usd");
            g.writeNumber(LogText.usd(s.costMicros()));
            g.writeNumberField("latency_ms", latency.toMillis());
            g.writeBooleanField("success", !outcome.failed());
            if (outcome.failed()) {
                g.writeStringField("error", outcome.output());
            } else {
                g.writeNullField("error");
            }
            for (Map.Entry<String, String> a : LogText.kept(s).entrySet()) {
                g.writeStringField(a.getKey(), a.getValue());
            }
            g.writeEndObject();
        }
        return new Line(s.at(), w.toString());
    }
}
