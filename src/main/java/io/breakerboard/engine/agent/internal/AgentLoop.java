package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.StepKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The reason → act → observe loop. Each iteration asks the model what to do next (an LLM_CALL and a REASONING
 * step), then calls the chosen tool and reads the result. The simulated model follows the objective's plan,
 * with the slips of a real one at a rate set by the agent's carefulness: repeating a call it already made
 * (which loop detection catches at the third identical call), passing arguments the schema rejects, and output
 * that does not parse (asked again, at the cost of an iteration). A real model chooses its tools itself
 * ({@link ModelDrivenLoop}).
 */
public final class AgentLoop {
    private AgentLoop() {
    }

    public static AgentResult run(ExecutionContext ctx, Actor actor, Objective objective, IterationLimit limit,
                                  double carefulness) {
        if (ctx.runtime().models().choosesTools()) {
            return ModelDrivenLoop.run(ctx, actor, objective, limit);
        }
        double slip = 1 - carefulness;
        ToolCall previous = null;
        boolean stuck = false;
        int calls = 0;
        int i = 0;
        while (true) {
            i++;
            RandomGenerator r = ctx.random(actor.name() + "|" + objective.goal(), i);
            boolean reached = objective.target() != null && ctx.found(objective.target());
            boolean done = reached || objective.plan().isEmpty() || calls >= objective.maxToolCalls();
            ToolCall next = null;
            String thought;
            if (done) {
                thought = answer(ctx, objective, reached);
            } else if (previous != null && r.nextDouble() < (stuck ? 0.7 : slip * 0.15)) {
                next = previous;
                stuck = true;
                thought = "The last result of " + next.tool() + " looked incomplete; calling it again.";
            } else {
                stuck = false;
                next = objective.plan().peek();
                if (r.nextDouble() < slip * 0.5) {
                    next = Slips.badArguments(next, r);
                }
                thought = "Next I check " + next.tool() + " " + next.argsJson() + ".";
            }
            String text = reason(ctx, actor, limit, done ? "answer" : "reason", objective.goal(), done ? 260 : 90, thought);
            if (done) {
                boolean complete = objective.target() == null || reached;
                return complete ? new AgentResult(text, true, calls, null, null)
                        : shortfall(ctx, objective, text, calls);
            }
            ctx.tool(actor, next);
            calls++;
            if (next.equals(objective.plan().peek())) {
                objective.plan().poll();
            }
            previous = next;
        }
    }

    /**
     * One model call under the iteration limit, asked again while the output does not parse. Records the
     * REASONING step and returns the model's text.
     */
    public static String reason(ExecutionContext ctx, Actor actor, IterationLimit limit, String purpose, String prompt,
                                long outputTokens, String completion) {
        while (true) {
            ctx.iterate(limit, actor.name());
            ModelReply reply = ctx.think(actor, purpose, prompt, outputTokens, completion);
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("actor", actor.name());
            attrs.put("purpose", purpose);
            if (reply.malformed()) {
                ctx.note(StepKind.REASONING, actor.name(), prompt, "model output did not parse; asking again", attrs);
                continue;
            }
            ctx.note(StepKind.REASONING, actor.name(), prompt, reply.text(), attrs);
            return reply.text();
        }
    }

    /** Why the loop ended without its target: out of tool calls, or every planned check ran without the answer. */
    private static AgentResult shortfall(ExecutionContext ctx, Objective objective, String text, int calls) {
        String checked = ctx.answered().isEmpty() ? "no tool answered" : "answered: " + String.join(", ", ctx.answered());
        if (!objective.plan().isEmpty()) {
            return new AgentResult(text, false, calls, "no root cause after " + calls + " tool calls, the most this round"
                    + " allows (" + checked + "; not yet checked: " + objective.plan().peek().tool() + ")",
                    io.breakerboard.model.ErrorKind.MAX_ITERATIONS);
        }
        String why = ctx.standIns().isEmpty() ? "every planned check ran and none established a root cause (" + checked + ")"
                : "every planned check ran, but fallbacks stood in for " + String.join("; ", ctx.standIns())
                + " and did not establish a root cause";
        return new AgentResult(text, false, calls, why, io.breakerboard.model.ErrorKind.TOOL_ERROR);
    }

    private static String answer(ExecutionContext ctx, Objective objective, boolean reached) {
        if (reached) {
            return "Root cause: " + objective.target() + ". Evidence: " + String.join("; ", ctx.findings()) + ".";
        }
        if (objective.target() == null) {
            return "Done: " + objective.goal() + ".";
        }
        return "No root cause established for: " + objective.goal()
                + (ctx.gaps().isEmpty() ? "." : ". Missing: " + String.join("; ", ctx.gaps()) + ".");
    }
}
