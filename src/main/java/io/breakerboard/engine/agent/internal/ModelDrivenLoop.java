package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.llm.internal.ChatMessage;
import io.breakerboard.engine.llm.internal.ModelToolCall;
import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.StepKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reason → act → observe loop with a model that chooses its own tools: the tools of the objective's plan
 * are offered as functions, every {@code tool_call} of a reply runs through the engine's tool path
 * (authorization, validation, loop detection, journal, cache, reliability) and its result goes back as a
 * {@code tool} message, until the model answers without calling a tool. Once the objective's tool calls are
 * spent the tools are withdrawn and the model must answer. Success is judged as in the simulation: by the
 * findings the tool results established, not by what the model claims.
 */
final class ModelDrivenLoop {
    private static final long ANSWER_TOKENS = 260;

    private ModelDrivenLoop() {
    }

    static AgentResult run(ExecutionContext ctx, Actor actor, Objective objective, IterationLimit limit) {
        List<ToolSpec> offered = offered(ctx, objective);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(system(actor, objective, offered)));
        messages.add(ChatMessage.user(objective.goal()));
        int calls = 0;
        while (true) {
            ctx.iterate(limit, actor.name());
            boolean mayCall = calls < objective.maxToolCalls() && !offered.isEmpty();
            ModelReply reply = ctx.converse(actor, mayCall ? "reason" : "answer", List.copyOf(messages),
                    mayCall ? offered : List.of(), ANSWER_TOKENS);
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("actor", actor.name());
            attrs.put("purpose", mayCall ? "reason" : "answer");
            if (reply.malformed()) {
                ctx.note(StepKind.REASONING, actor.name(), objective.goal(), "model output did not parse; asking again", attrs);
                continue;
            }
            if (reply.toolCalls().isEmpty() || !mayCall) {
                ctx.note(StepKind.REASONING, actor.name(), objective.goal(), reply.text(), attrs);
                boolean reached = objective.target() != null && ctx.found(objective.target());
                boolean complete = objective.target() == null || reached;
                return complete ? new AgentResult(reply.text(), true, calls, null, null)
                        : new AgentResult(reply.text(), false, calls, "the model answered after " + calls
                                + " tool calls without confirming " + objective.target(),
                                io.breakerboard.model.ErrorKind.VALIDATION);
            }
            if (!reply.text().isBlank()) {
                ctx.note(StepKind.REASONING, actor.name(), objective.goal(), reply.text(), attrs);
            }
            messages.add(ChatMessage.assistant(reply.text(), reply.toolCalls()));
            for (ModelToolCall c : reply.toolCalls()) {
                messages.add(ChatMessage.toolResult(c.id(), observe(ctx, actor, c.call(), offered)));
                calls++;
            }
            objective.plan().removeIf(p -> reply.toolCalls().stream().anyMatch(c -> c.call().equals(p)));
        }
    }

    /** Runs one call the model asked for; a tool it was not offered is refused without being called. */
    private static String observe(ExecutionContext ctx, Actor actor, ToolCall call, List<ToolSpec> offered) {
        if (offered.stream().noneMatch(t -> t.name().equals(call.tool()))) {
            String refusal = "unknown tool '" + call.tool() + "'; available: "
                    + offered.stream().map(ToolSpec::name).toList();
            ctx.note(StepKind.GUARDRAIL, "tool-choice", call.toString(), refusal, Map.of("actor", actor.name()));
            return refusal;
        }
        return ctx.tool(actor, call).text();
    }

    private static List<ToolSpec> offered(ExecutionContext ctx, Objective objective) {
        Map<String, ToolSpec> specs = new LinkedHashMap<>();
        for (ToolCall c : objective.plan()) {
            specs.computeIfAbsent(c.tool(), name -> ctx.runtime().tools().get(name).spec());
        }
        return List.copyOf(specs.values());
    }

    /** What the agent is and what it may rely on: the identifiers of the task, as an on-call engineer has them. */
    private static String system(Actor actor, Objective objective, List<ToolSpec> offered) {
        Map<String, String> known = new TreeMap<>();
        for (ToolCall c : objective.plan()) {
            known.putAll(c.args());
        }
        StringBuilder sb = new StringBuilder("You are ").append(actor.name())
                .append(", an agent working on: ").append(objective.goal()).append(". Call the tools you need (")
                .append(offered.stream().map(ToolSpec::name).toList()).append(") to gather evidence; at most ")
                .append(objective.maxToolCalls()).append(" calls. When you know the answer, reply with it in one or two")
                .append(" sentences without calling a tool.");
        if (!known.isEmpty()) {
            sb.append(" Known identifiers: ").append(known).append('.');
        }
        return sb.toString();
    }
}
