package io.breakerboard.engine.orchestration.internal;

import io.breakerboard.engine.agent.AgentSpec;
import io.breakerboard.engine.agent.internal.Actor;
import io.breakerboard.engine.agent.internal.AgentLoop;
import io.breakerboard.engine.agent.internal.ExecutionContext;
import io.breakerboard.engine.agent.internal.ToolObservation;
import io.breakerboard.engine.guard.internal.IterationLimit;
import io.breakerboard.engine.orchestration.PatternKind;
import io.breakerboard.engine.sim.Task;
import io.breakerboard.engine.tool.Permission;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;

/**
 * Invoice processing as a fixed pipeline: validate → extract → check (fraud score, then ledger reconciliation).
 * A stage that fails stops the pipeline: later stages would work on unchecked data. An agent without the admin
 * role sometimes tries to approve the payment itself; the authorization guard refuses and logs it.
 */
final class SequentialPattern implements Pattern {

    @Override
    public PatternKind kind() {
        return PatternKind.SEQUENTIAL;
    }

    @Override
    public PatternResult run(ExecutionContext ctx) {
        AgentSpec agent = ctx.spec().agent();
        Actor actor = agent.actor();
        Task t = ctx.task();
        IterationLimit limit = new IterationLimit(agent.maxIterations());
        String id = t.fact("invoice_id");
        String amount = t.fact("amount");
        if (!stage(ctx, actor, limit, "validate", ToolCall.of("validate_invoice", "invoice_id", id, "amount", amount,
                "currency", t.fact("currency")))) {
            return stopped(ctx, "validation");
        }
        if (!stage(ctx, actor, limit, "extract", ToolCall.of("extract_invoice_fields", "invoice_id", id))) {
            return stopped(ctx, "extraction");
        }
        if (!stage(ctx, actor, limit, "check fraud", ToolCall.of("score_fraud", "invoice_id", id, "vendor",
                t.fact("vendor"), "amount", amount))) {
            return stopped(ctx, "fraud check");
        }
        if (ctx.found(t.rootCause())) {
            return decide(ctx, actor, limit, "Reject " + id + ": " + t.rootCause(), t.rootCause());
        }
        if (!agent.role().allows(Permission.ADMIN)
                && ctx.random("overreach", 0).nextDouble() < (1 - agent.carefulness()) * 1.5) {
            ctx.tool(actor, ToolCall.of("approve_payment", "invoice_id", id, "amount", amount));
        }
        if (!stage(ctx, actor, limit, "reconcile", ToolCall.of("reconcile_ledger", "invoice_id", id, "amount", amount))) {
            return stopped(ctx, "ledger reconciliation");
        }
        if (ctx.found(t.rootCause())) {
            return decide(ctx, actor, limit, "Hold " + id + ": " + t.rootCause(), t.rootCause());
        }
        return decide(ctx, actor, limit, "Invoice " + id + " is valid and reconciled; ready for payment approval",
                t.rootCause());
    }

    private static boolean stage(ExecutionContext ctx, Actor actor, IterationLimit limit, String name, ToolCall call) {
        AgentLoop.reason(ctx, actor, limit, "reason", name, 80, "Stage " + name + ": call " + call.tool() + ".");
        ToolObservation o = ctx.tool(actor, call);
        return o.ok();
    }

    private static PatternResult decide(ExecutionContext ctx, Actor actor, IterationLimit limit, String answer,
                                        String conclusion) {
        AgentLoop.reason(ctx, actor, limit, "answer", "decision", 120, answer);
        return PatternResult.done(answer, conclusion);
    }

    private static PatternResult stopped(ExecutionContext ctx, String stage) {
        String missing = String.join("; ", ctx.gaps());
        return PatternResult.partial("Stopped at " + stage + "; later stages not run. Missing: " + missing,
                ctx.gapKind() != null ? ctx.gapKind() : ErrorKind.VALIDATION, "stopped at " + stage
                        + (missing.isEmpty() ? ": the call was refused" : ": " + missing));
    }
}
