package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.agent.internal.AgentLoop;
import io.breakerboard.engine.agent.internal.AgentResult;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.agent.internal.Objective;
import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Domain;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.StepKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A planner on the strong model splits an incident among three specialists (cluster, logs, deploys), each a
 * reason-act loop over its own tools with its own iteration limit; the planner stops delegating once the root
 * cause is found and synthesises the answer. Given an invoice, the specialists are intake, risk and ledger, and the
 * answer is a decision (see {@link FinancePlaybook}).
 */
final class HierarchicalPattern implements Pattern {
    private static final Map<String, Set<String>> SPECIALISTS = new LinkedHashMap<>();

    static {
        SPECIALISTS.put("cluster", Set.of("check_service_health", "list_pods", "describe_pod"));
        SPECIALISTS.put("logs", Set.of("get_pod_logs", "search_runbooks"));
        SPECIALISTS.put("deploys", Set.of("get_recent_deploys"));
    }

    @Override
    public PatternKind kind() {
        return PatternKind.HIERARCHICAL;
    }

    @Override
    public PatternResult run(ExecutionContext ctx) {
        AgentSpec agent = ctx.spec().agent();
        Task task = ctx.task();
        Actor planner = new Actor(agent.name() + "/planner", ModelCatalog.STRONG, agent.role());
        IterationLimit plannerLimit = new IterationLimit(agent.maxIterations());
        boolean invoice = task.domain() == Domain.FINANCE;
        Map<String, Set<String>> specialists = invoice ? FinancePlaybook.SPECIALISTS : SPECIALISTS;
        List<ToolCall> plan = invoice ? FinancePlaybook.plan(task) : SrePlaybook.plan(task, ctx.memoryHint());
        List<String> order = new ArrayList<>(invoice ? FinancePlaybook.ORDER : SPECIALISTS.keySet());
        String first = invoice ? null : SrePlaybook.hintedTool(ctx.memoryHint());
        if (first != null) {
            order.sort((a, b) -> Boolean.compare(!SPECIALISTS.get(a).contains(first), !SPECIALISTS.get(b).contains(first)));
        }
        String planText = "Split the investigation: " + String.join(", then ", order.stream().map(s -> s + " specialist "
                + specialists.get(s).stream().sorted().toList()).toList());
        AgentLoop.reason(ctx, planner, plannerLimit, "plan", task.text(), 180, planText);
        ctx.note(StepKind.PLAN, planner.name(), task.text(), planText, Map.of("specialists", String.join(",", order)));
        AgentResult last = null;
        boolean planDone = true;
        for (String name : order) {
            if (ctx.found(task.rootCause())) {
                break;
            }
            ArrayDeque<ToolCall> mine = new ArrayDeque<>();
            plan.stream().filter(c -> specialists.get(name).contains(c.tool())).forEach(mine::add);
            Actor specialist = new Actor(agent.name() + "/" + name, agent.model(), agent.role());
            AgentResult r = AgentLoop.run(ctx, specialist, new Objective(name + " view of " + task.text(), mine,
                    task.rootCause(), mine.size()), new IterationLimit(mine.size() + 3), agent.carefulness());
            if (!r.complete()) {
                last = r;
            }
            planDone &= mine.isEmpty();
        }
        boolean found = ctx.found(task.rootCause());
        PatternResult decision = invoice ? FinancePlaybook.decide(task, found, planDone) : null;
        if (invoice) {
            String answer = decision != null ? decision.answer() : "The specialists reached no decision on: " + task.text();
            AgentLoop.reason(ctx, planner, plannerLimit, "synthesize", "specialist findings", 260, answer);
            return decision != null ? decision : PatternResult.partial(answer, ErrorKind.VALIDATION,
                    "the " + order.size() + " specialists reached no decision on the invoice");
        }
        String answer = found ? "Root cause: " + task.rootCause() + ". Findings: " + String.join("; ", ctx.findings())
                : "The specialists found no root cause for: " + task.text();
        AgentLoop.reason(ctx, planner, plannerLimit, "synthesize", "specialist findings", 260, answer);
        if (found) {
            return PatternResult.done(answer, task.rootCause());
        }
        return last == null ? PatternResult.partial(answer, ErrorKind.TOOL_ERROR, "no specialist established a root cause")
                : PatternResult.partial(answer, last.kind(), "the " + order.size() + " specialists found no root cause; "
                + "the last stopped: " + last.shortfall());
    }
}
