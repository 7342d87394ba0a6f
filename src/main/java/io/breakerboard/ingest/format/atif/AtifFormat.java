package io.breakerboard.ingest.format.atif;

import com.fasterxml.jackson.databind.JsonNode;
import io.breakerboard.ingest.ContentKey;
import io.breakerboard.ingest.LogFormat;
import io.breakerboard.ingest.LogSource;
import io.breakerboard.ingest.MalformedLogException;
import io.breakerboard.ingest.ParseSink;
import io.breakerboard.ingest.Sample;
import io.breakerboard.ingest.format.trace.ErrorKinds;
import io.breakerboard.ingest.format.trace.Json;
import io.breakerboard.ingest.format.trace.JsonDocuments;
import io.breakerboard.ingest.format.trace.Texts;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Money;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Agent Trajectory Interchange Format (ATIF-v1.x) JSON: one trajectory, an object of several ({@code {parent,
 * child}}), or a list; trajectories embedded in {@code subagent_trajectories} are executions of their own. Each
 * trajectory is an execution keyed {@code atif:<session_id>[/<trajectory_id>]}. User and system steps are
 * messages; an agent step is a model call (reasoning first, then its tool calls and their results); failed tool
 * results follow {@link AtifResults}. {@code final_metrics} totals win over the sum of step metrics. A trajectory
 * whose last agent step still calls a tool that is not a finishing one ended without an answer: PARTIAL.
 * Trajectories with no timestamp at all start at the file's modification time.
 */
public final class AtifFormat implements LogFormat {
    private static final Pattern ATIF_VERSION = Pattern.compile("\"schema_version\"\\s*:\\s*\"ATIF");
    private static final Pattern FINISHING_TOOL = Pattern.compile("(?i).*(finish|complete|done|submit|final_answer|end_task).*");
    private static final String EXPECTED = "an ATIF trajectory {\"schema_version\": \"ATIF-v1.x\", \"steps\": [...]}";

    @Override
    public String id() {
        return "atif";
    }

    @Override
    public boolean assemblesAcrossLines() {
        return true;
    }

    @Override
    public String displayName() {
        return "Agent Trajectory Interchange Format (ATIF)";
    }

    @Override
    public int sniff(Sample sample) {
        String t = sample.jsonDocumentText();
        if (t == null) {
            return 0;
        }
        if (ATIF_VERSION.matcher(t).find()) {
            return 98;
        }
        boolean shape = t.contains("\"steps\"") && t.contains("\"source\"") && t.contains("\"agent\"")
                && (t.contains("\"final_metrics\"") || t.contains("\"tool_calls\""));
        return shape ? 60 : 0;
    }

    @Override
    public void parse(LogSource source, ParseSink sink) throws IOException {
        Instant fileTime = fileTime(source);
        int[] trajectories = {0};
        List<Object[]> shapeRejects = new ArrayList<>();
        JsonDocuments.forEach(source, EXPECTED, sink, (node, line) -> {
            if (isTrajectory(node)) {
                trajectories[0] += read(node, null, line, fileTime, sink);
                return;
            }
            int before = trajectories[0];
            Iterator<JsonNode> values = node.elements();
            while (node.isObject() && values.hasNext()) {
                JsonNode v = values.next();
                if (isTrajectory(v)) {
                    trajectories[0] += read(v, null, line, fileTime, sink);
                }
            }
            if (trajectories[0] == before) {
                shapeRejects.add(new Object[] {line, "value has no 'steps' list; expected " + EXPECTED, node});
            }
        });
        if (trajectories[0] == 0) {
            throw new MalformedLogException(0, "no ATIF trajectory in the file; expected " + EXPECTED
                    + " or an object of such trajectories");
        }
        for (Object[] r : shapeRejects) {
            sink.reject((Long) r[0], (String) r[1], Texts.cut(r[2].toString(), 8192));
        }
    }

    private static boolean isTrajectory(JsonNode node) {
        JsonNode steps = Json.field(node, "steps");
        return steps != null && steps.isArray();
    }

    // Returns how many trajectories were found, imported or rejected.
    private int read(JsonNode t, String parentSession, long line, Instant fileTime, ParseSink sink) {
        String session = Json.text(t, "session_id");
        if (session == null) {
            session = parentSession;
        }
        String trajectory = Json.text(t, "trajectory_id");
        String key = "atif:" + (session != null ? session + (trajectory != null ? "/" + trajectory : "")
                : trajectory != null ? trajectory : ContentKey.of(t.toString()));
        JsonNode agent = Json.field(t, "agent");
        String agentModel = Json.text(agent, "model_name");
        Execution.Builder b = Execution.builder(key).agent(Json.text(agent, "name")).sessionId(session);
        Instant first = null;
        String task = null;
        String copiedTask = null;
        String lastCall = null;
        int llmCalls = 0;
        Map<String, Integer> models = new LinkedHashMap<>();
        for (JsonNode step : Json.field(t, "steps")) {
            Instant at = time(step);
            if (first == null && at != null) {
                first = at;
            }
            String source = Json.text(step, "source");
            source = source == null ? "agent" : source.toLowerCase(Locale.ROOT);
            String message = Texts.content(Json.field(step, "message"));
            Map<String, String> attrs = stepAttributes(step);
            if (!source.equals("agent")) {
                if (source.equals("user") && task == null) {
                    if (Json.isTrue(step, "is_copied_context")) {
                        copiedTask = copiedTask != null ? copiedTask : Texts.prompt(message);
                    } else {
                        task = Texts.prompt(message);
                    }
                }
                b.addStep(Step.builder(StepKind.MESSAGE).name(source).at(at)
                        .input(source.equals("user") ? Texts.cut(message, Texts.MAX_TEXT) : null)
                        .output(source.equals("user") ? null : Texts.cut(message, Texts.MAX_TEXT))
                        .attributes(attrs).build());
                readResults(step, at, Map.of(), b);
                lastCall = null;
                continue;
            }
            String reasoning = Json.text(step, "reasoning_content");
            if (reasoning != null) {
                b.addStep(Step.builder(StepKind.REASONING).name("reasoning").at(at)
                        .output(Texts.cut(reasoning, Texts.MAX_TEXT)).build());
            }
            JsonNode metrics = Json.field(step, "metrics");
            Long callCount = Json.longField(step, "llm_call_count");
            boolean modelCall = !Json.isTrue(step, "is_copied_context") && (callCount == null || callCount > 0)
                    && (metrics != null || Json.text(step, "model_name") != null || agentModel != null);
            String model = Json.text(step, "model_name");
            if (model == null) {
                model = agentModel;
            }
            if (modelCall || (message != null && !message.isBlank())) {
                Step.Builder sb = Step.builder(modelCall ? StepKind.LLM_CALL : StepKind.MESSAGE)
                        .name(modelCall ? model : "agent").at(at).output(Texts.cut(message, Texts.MAX_TEXT))
                        .attributes(attrs);
                if (metrics != null) {
                    sb.inputTokens(orZero(Json.longField(metrics, "prompt_tokens")))
                            .outputTokens(orZero(Json.longField(metrics, "completion_tokens")));
                    Double usd = Json.doubleField(metrics, "cost_usd");
                    if (usd != null && usd >= 0) {
                        sb.costMicros(Money.ofUsd(usd));
                    }
                }
                String error = Json.text(step, "error");
                if (error != null) {
                    sb.failure(ErrorKinds.of(StepKind.LLM_CALL, error), error);
                }
                b.addStep(sb.build());
                if (modelCall) {
                    llmCalls++;
                    if (model != null) {
                        models.merge(model, 1, Integer::sum);
                    }
                }
            }
            Map<String, String> callNames = new HashMap<>();
            lastCall = null;
            JsonNode calls = Json.field(step, "tool_calls");
            if (calls != null) {
                for (JsonNode call : calls) {
                    String name = Json.text(call, "function_name", "name");
                    String id = Json.text(call, "tool_call_id", "id");
                    if (id != null) {
                        callNames.put(id, name);
                    }
                    lastCall = name;
                    b.addStep(Step.builder(StepKind.TOOL_CALL).name(name).at(at)
                            .input(Texts.cut(Texts.of(Json.field(call, "arguments")), Texts.MAX_TEXT))
                            .attributes(id == null ? Map.of() : Map.of("tool_call_id", id)).build());
                }
            }
            readResults(step, at, callNames, b);
        }
        if (first == null) {
            first = fileTime;
        }
        if (first == null) {
            sink.reject(line, "trajectory " + key + " has no timestamp in any step and the file's time is unknown; "
                    + "add 'timestamp' to its steps", "");
            return 1;
        }
        b.startedAt(first).task(Texts.cut(task != null ? task : copiedTask, Texts.MAX_TASK)).iterations(llmCalls);
        String main = models.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(agentModel);
        b.model(main);
        applyFinalMetrics(Json.field(t, "final_metrics"), b);
        if (lastCall != null && !FINISHING_TOOL.matcher(lastCall).matches()) {
            String why = "trajectory ends on a call to '" + lastCall + "' with no final answer";
            b.addStep(Step.builder(StepKind.AGENT_INCOMPLETE).name("incomplete").output(why).build());
            b.outcome(Outcome.PARTIAL).errorKind(ErrorKind.UNKNOWN).errorMessage(why);
        } else {
            b.outcome(Outcome.SUCCESS);
        }
        sink.execution(b.build());
        int count = 1;
        JsonNode subs = Json.field(t, "subagent_trajectories");
        if (subs != null && subs.isArray()) {
            for (JsonNode sub : subs) {
                if (isTrajectory(sub)) {
                    count += read(sub, session, line, fileTime, sink);
                }
            }
        }
        return count;
    }

    private static void readResults(JsonNode step, Instant at, Map<String, String> callNames, Execution.Builder b) {
        JsonNode results = Json.field(Json.field(step, "observation"), "results");
        if (results == null || !results.isArray()) {
            return;
        }
        for (JsonNode result : results) {
            String callId = Json.text(result, "source_call_id");
            String name = callId != null && callNames.containsKey(callId) ? callNames.get(callId) : "observation";
            String text = Texts.content(Json.field(result, "content"));
            Map<String, String> attrs = new LinkedHashMap<>();
            if (callId != null) {
                attrs.put("source_call_id", callId);
            }
            if (text == null || text.isBlank()) {
                attrs.put("empty_result", "true");
            }
            JsonNode subRef = Json.field(result, "subagent_trajectory_ref");
            if (subRef != null) {
                attrs.put("subagent_trajectory_ref", Texts.cut(subRef.toString(), Texts.MAX_ATTRIBUTE));
            }
            Step.Builder sb = Step.builder(StepKind.TOOL_RESULT).name(name).at(at)
                    .output(Texts.cut(text, Texts.MAX_TEXT)).attributes(attrs);
            if (AtifResults.failed(result, text)) {
                String message = AtifResults.message(result, text);
                sb.failure(ErrorKinds.of(StepKind.TOOL_RESULT, message), Texts.cut(message, Texts.MAX_TEXT));
            }
            b.addStep(sb.build());
        }
    }

    private static void applyFinalMetrics(JsonNode fm, Execution.Builder b) {
        Long in = Json.longField(fm, "total_prompt_tokens");
        Long out = Json.longField(fm, "total_completion_tokens");
        Double usd = Json.doubleField(fm, "total_cost_usd");
        if (in != null) {
            b.inputTokens(in);
        }
        if (out != null) {
            b.outputTokens(out);
        }
        if (usd != null && usd >= 0) {
            b.costMicros(Money.ofUsd(usd));
        }
    }

    private static Map<String, String> stepAttributes(JsonNode step) {
        Map<String, String> attrs = new LinkedHashMap<>();
        String id = Json.text(step, "step_id");
        if (id != null) {
            attrs.put("step_id", id);
        }
        if (Json.isTrue(step, "is_copied_context")) {
            attrs.put("is_copied_context", "true");
        }
        JsonNode cached = Json.field(Json.field(step, "metrics"), "cached_tokens");
        if (cached != null) {
            attrs.put("cached_tokens", cached.asText());
        }
        return attrs;
    }

    private static Instant time(JsonNode step) {
        try {
            return Json.instant(Json.field(step, "timestamp"));
        } catch (IllegalArgumentException e) {
            return null; // a step with an unreadable time is kept, placed by its neighbours
        }
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    private static Instant fileTime(LogSource source) {
        try {
            Path p = Path.of(source.name());
            return Files.isRegularFile(p) ? Files.getLastModifiedTime(p).toInstant() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
