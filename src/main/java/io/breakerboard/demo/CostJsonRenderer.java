package io.breakerboard.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one cost document per execution and line ({@code cost-json}): model spend per agent, or per sub-agent
 * for agents that split their work (a planner and its specialists, voters, a critic: the {@code actor} of each
 * model call), and tool spend with the number of API calls.
 */
final class CostJsonRenderer {
    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;

    CostJsonRenderer(Writer out) {
        this.out = out;
    }

    void write(Execution e) throws IOException {
        Map<String, long[]> perAgent = new LinkedHashMap<>();
        Map<String, String> modelOf = new LinkedHashMap<>();
        long toolCost = 0;
        int apiCalls = 0;
        for (Step s : e.steps()) {
            if (s.kind() == StepKind.LLM_CALL) {
                String who = subAgent(e.agent(), s.attributes().get("actor"));
                modelOf.putIfAbsent(who, s.name());
                long[] acc = perAgent.computeIfAbsent(who, k -> new long[2]);
                acc[0] += s.inputTokens() + s.outputTokens();
                acc[1] += s.costMicros();
            } else if (s.kind() == StepKind.TOOL_CALL) {
                apiCalls++;
                toolCost += s.costMicros();
            }
        }
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("execution_id", e.key());
            g.writeStringField("timestamp", LogText.iso(e.startedAt()));
            g.writeStringField("agent", e.agent());
            g.writeNumberField("duration_ms", e.duration().toMillis());
            if (!e.succeeded()) {
                g.writeStringField("outcome", e.outcome().name().toLowerCase(Locale.ROOT));
                g.writeStringField("error", e.errorMessage());
            }
            g.writeObjectFieldStart("costs");
            for (Map.Entry<String, long[]> a : perAgent.entrySet()) {
                g.writeObjectFieldStart(a.getKey());
                g.writeStringField("model", modelOf.get(a.getKey()));
                g.writeNumberField("tokens", a.getValue()[0]);
                g.writeFieldName("cost");
                g.writeNumber(LogText.usd(a.getValue()[1]));
                g.writeEndObject();
            }
            g.writeObjectFieldStart("tools");
            g.writeNumberField("api_calls", apiCalls);
            g.writeFieldName("cost");
            g.writeNumber(LogText.usd(toolCost));
            g.writeEndObject();
            g.writeEndObject();
            g.writeFieldName("total_cost");
            g.writeNumber(LogText.usd(e.costMicros()));
            g.writeEndObject();
        }
        out.write(w.toString());
        out.write('\n');
    }

    // The engine names a sub-agent's calls "<agent>/<role>" (planner, voter-1, critic...).
    private static String subAgent(String agent, String actor) {
        return actor != null && actor.startsWith(agent + "/") ? actor.substring(agent.length() + 1) : agent;
    }
}
