package io.breakerboard.ingest.format.trace;

import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the spans of one trace into an execution.
 * <ul>
 *   <li>The execution span is the trace's only root; with several roots, the shallowest agent span; else none,
 *       and the execution spans all roots.</li>
 *   <li>Every other span is a step, in start order. The execution span is a step too when it is a model or
 *       tool call with no call of the same kind below it, or when it is the trace's only span.</li>
 *   <li>A model call with model calls below it is a wrapper (Microsoft.Extensions.AI's {@code orchestrate_tools}
 *       repeats its calls' usage): it becomes a plain event, so only spans that are themselves model calls count
 *       as iterations.</li>
 *   <li>Agent names are read through {@link AgentNames}: never a run id.</li>
 *   <li>Usage is counted at the leaves: a span's tokens (or cost) do not count when a span below it states
 *       tokens (or cost), because wrappers such as {@code ai.generateText} repeat their children's usage.</li>
 *   <li>The outcome is the execution span's: a failed child that the agent survived is a failed step, not a
 *       failed execution. Without an execution span, any failed root fails the execution.</li>
 * </ul>
 */
public final class TraceAssembler {
    private TraceAssembler() {
    }

    /**
     * Builds the execution.
     *
     * @throws IllegalArgumentException when neither a span nor the context gives a start time
     */
    public static Execution assemble(String key, List<SpanRecord> spans, TraceContext context) {
        Map<String, SpanRecord> byId = new LinkedHashMap<>();
        for (SpanRecord s : spans) {
            byId.putIfAbsent(s.id, s);
        }
        Map<String, List<SpanRecord>> children = new HashMap<>();
        List<SpanRecord> roots = new ArrayList<>();
        for (SpanRecord s : spans) {
            if (s.parentId == null || s.parentId.equals(s.id) || !byId.containsKey(s.parentId)) {
                roots.add(s);
            } else {
                children.computeIfAbsent(s.parentId, k -> new ArrayList<>()).add(s);
            }
        }
        if (roots.isEmpty()) {
            // Parent ids form a cycle: no span can be trusted as the root.
            roots.addAll(spans);
        }
        SpanRecord exec = roots.size() == 1 ? roots.get(0) : shallowestAgent(roots, children);
        Set<SpanRecord> tokensBelow = new HashSet<>();
        Set<SpanRecord> costBelow = new HashSet<>();
        Map<SpanRecord, Set<StepKind>> kindsBelow = new HashMap<>();
        for (SpanRecord root : roots) {
            walk(root, children, tokensBelow, costBelow, kindsBelow, new HashSet<>());
        }

        for (SpanRecord s : spans) {
            if (s.kind == StepKind.LLM_CALL && kindsBelow.getOrDefault(s, Set.of()).contains(StepKind.LLM_CALL)) {
                // A wrapper (Microsoft.Extensions.AI's orchestrate_tools, a framework's chat span around the
                // client's): it repeats its model calls' usage but is no model call itself.
                s.kind = StepKind.EVENT;
                s.name = s.spanName;
            }
        }
        List<SpanRecord> stepSpans = new ArrayList<>();
        for (SpanRecord s : spans) {
            boolean isCall = s.kind == StepKind.LLM_CALL || s.kind == StepKind.TOOL_CALL;
            if (s != exec || spans.size() == 1
                    || (isCall && !kindsBelow.getOrDefault(s, Set.of()).contains(s.kind))) {
                stepSpans.add(s);
            }
        }
        stepSpans.sort(Comparator.comparing((SpanRecord s) -> s.start, Comparator.nullsLast(Comparator.naturalOrder())));

        Execution.Builder b = Execution.builder(key);
        long in = 0, out = 0, cost = 0;
        for (SpanRecord s : spans) {
            if (!tokensBelow.contains(s)) {
                in += s.inputTokens;
                out += s.outputTokens;
            }
            if (s.hasCost() && !costBelow.contains(s)) {
                cost += s.costMicros;
            }
        }
        int llmCalls = 0;
        Map<String, Integer> models = new LinkedHashMap<>();
        for (SpanRecord s : stepSpans) {
            b.addStep(toStep(s, !tokensBelow.contains(s), !costBelow.contains(s)));
            if (s.kind == StepKind.LLM_CALL) {
                llmCalls++;
                if (s.model != null) {
                    models.merge(s.model, 1, Integer::sum);
                }
            }
        }
        Instant start = exec != null ? exec.start : min(roots);
        if (start == null) {
            start = context.startedAt();
        }
        if (start == null) {
            throw new IllegalArgumentException("trace " + key + " has no start time");
        }
        Instant end = exec != null ? exec.end : max(roots);
        Duration duration = context.duration() != null ? context.duration()
                : end != null && end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
        b.startedAt(context.startedAt() != null ? context.startedAt() : start).duration(duration);
        b.inputTokens(in).outputTokens(out).costMicros(cost).iterations(llmCalls);
        b.retries(spans.stream().mapToInt(s -> s.retries).sum());
        b.agent(agentName(exec, roots, spans, context));
        b.model(mainModel(models, exec, spans));
        b.task(Texts.cut(task(context, exec, roots, stepSpans), Texts.MAX_TASK));
        b.userId(firstNonNull(context.userId(), first(spans, exec, s -> s.userId)));
        b.sessionId(firstNonNull(context.sessionId(), first(spans, exec, s -> s.sessionId)));
        SpanRecord failedRoot = exec != null ? (exec.failed ? exec : null)
                : roots.stream().filter(s -> s.failed).findFirst().orElse(null);
        if (failedRoot != null) {
            b.outcome(Outcome.FAILURE).errorMessage(failedRoot.errorMessage).errorKind(failedRoot.errorKind != null
                    ? failedRoot.errorKind : ErrorKinds.of(failedRoot.kind, failedRoot.errorMessage));
        } else {
            b.outcome(Outcome.SUCCESS);
        }
        for (SpanRecord s : spans) {
            if (s.scores != null) {
                s.scores.forEach(b::addScore);
            }
        }
        return b.build();
    }

    private static Step toStep(SpanRecord s, boolean countTokens, boolean countCost) {
        Step.Builder sb = Step.builder(s.kind).name(s.name).at(s.start).duration(s.duration())
                .input(s.input).output(s.output)
                .attributes(Collections.unmodifiableMap(new LinkedHashMap<>(s.attributes)));
        if (countTokens) {
            sb.inputTokens(s.inputTokens).outputTokens(s.outputTokens);
        }
        if (countCost && s.hasCost()) {
            sb.costMicros(s.costMicros);
        }
        if (s.failed) {
            sb.failure(s.errorKind != null ? s.errorKind : ErrorKinds.of(s.kind, s.errorMessage), s.errorMessage);
        }
        return sb.build();
    }

    private static void walk(SpanRecord node, Map<String, List<SpanRecord>> children, Set<SpanRecord> tokensBelow,
                             Set<SpanRecord> costBelow, Map<SpanRecord, Set<StepKind>> kindsBelow, Set<SpanRecord> seen) {
        // Iterative post-order: traces can be deep, and a cycle in parent ids must not loop forever.
        Deque<SpanRecord> stack = new ArrayDeque<>();
        Deque<SpanRecord> order = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            SpanRecord s = stack.pop();
            if (!seen.add(s)) {
                continue;
            }
            order.push(s);
            for (SpanRecord c : children.getOrDefault(s.id, List.of())) {
                stack.push(c);
            }
        }
        while (!order.isEmpty()) {
            SpanRecord s = order.pop();
            Set<StepKind> kinds = kindsBelow.computeIfAbsent(s, k -> new HashSet<>());
            for (SpanRecord c : children.getOrDefault(s.id, List.of())) {
                if (c.hasTokens() || tokensBelow.contains(c)) {
                    tokensBelow.add(s);
                }
                if (c.hasCost() || costBelow.contains(c)) {
                    costBelow.add(s);
                }
                kinds.add(c.kind);
                kinds.addAll(kindsBelow.getOrDefault(c, Set.of()));
            }
        }
    }

    private static SpanRecord shallowestAgent(List<SpanRecord> roots, Map<String, List<SpanRecord>> children) {
        List<SpanRecord> level = roots;
        Set<SpanRecord> seen = new HashSet<>();
        while (!level.isEmpty()) {
            SpanRecord best = null;
            for (SpanRecord s : level) {
                if (s.agentSpan && (best == null || (s.start != null && best.start != null && s.start.isBefore(best.start)))) {
                    best = s;
                }
            }
            if (best != null) {
                return best;
            }
            List<SpanRecord> next = new ArrayList<>();
            for (SpanRecord s : level) {
                if (seen.add(s)) {
                    next.addAll(children.getOrDefault(s.id, List.of()));
                }
            }
            level = next;
        }
        return null;
    }

    // Each source is read through AgentNames.clean, so an id made per run never becomes an agent of its own.
    private static String agentName(SpanRecord exec, List<SpanRecord> roots, List<SpanRecord> spans, TraceContext context) {
        SpanRecord.AgentName best = null;
        for (SpanRecord s : exec != null ? prepend(exec, spans) : spans) {
            if (s.agentName != null && AgentNames.clean(s.agentName.name()) != null
                    && (best == null || s.agentName.rank() < best.rank())) {
                best = s.agentName;
            }
        }
        if (best != null) {
            return AgentNames.clean(best.name());
        }
        String span = exec != null && exec.agentSpan ? AgentNames.clean(exec.spanName) : null;
        if (span != null) {
            return span;
        }
        SpanRecord top = exec != null ? exec : roots.isEmpty() ? null : roots.get(0);
        String service = top != null ? AgentNames.clean(top.serviceName) : null;
        if (service != null && !service.startsWith("unknown_service")) {
            return service;
        }
        String fallback = AgentNames.clean(context.agentFallback());
        if (fallback != null) {
            return fallback;
        }
        return top != null ? AgentNames.clean(top.spanName) : null;
    }

    private static List<SpanRecord> prepend(SpanRecord first, List<SpanRecord> rest) {
        List<SpanRecord> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    // The user's words: the execution span's input, else the first model call's prompt.
    private static String task(TraceContext context, SpanRecord exec, List<SpanRecord> roots, List<SpanRecord> steps) {
        String t = Texts.prompt(context.task());
        if (t == null) {
            t = Texts.prompt(exec != null ? exec.input : roots.isEmpty() ? null : roots.get(0).input);
        }
        for (int i = 0; t == null && i < steps.size(); i++) {
            if (steps.get(i).kind == StepKind.LLM_CALL) {
                t = Texts.prompt(steps.get(i).input);
            }
        }
        return t;
    }

    private static String mainModel(Map<String, Integer> models, SpanRecord exec, List<SpanRecord> spans) {
        String best = null;
        int count = 0;
        for (Map.Entry<String, Integer> e : models.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        if (best != null) {
            return best;
        }
        return first(spans, exec, s -> s.model);
    }

    private static String first(List<SpanRecord> spans, SpanRecord preferred, java.util.function.Function<SpanRecord, String> f) {
        if (preferred != null && f.apply(preferred) != null) {
            return f.apply(preferred);
        }
        for (SpanRecord s : spans) {
            String v = f.apply(s);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Instant min(List<SpanRecord> spans) {
        return spans.stream().map(s -> s.start).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant max(List<SpanRecord> spans) {
        return spans.stream().map(s -> s.end != null ? s.end : s.start).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
