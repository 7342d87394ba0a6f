package io.breakerboard.engine.agent.internal;

import io.breakerboard.engine.agent.EngineRuntime;
import io.breakerboard.engine.guard.internal.ArgumentValidator;
import io.breakerboard.engine.guard.internal.Reservation;
import io.breakerboard.engine.guard.internal.ToolAuthorizer;
import io.breakerboard.engine.memory.JournalEntry;
import io.breakerboard.engine.reliability.AttemptRecord;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallResult;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.Fallback;
import io.breakerboard.engine.reliability.Recovery;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.tool.Tool;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolResultCache;
import io.breakerboard.engine.tool.ToolResultKey;
import io.breakerboard.engine.tool.ToolSpec;
import io.breakerboard.engine.tool.internal.ToolCall;
import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Step;
import io.breakerboard.model.StepKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every tool call of an agent, in this order: authorization, argument validation, loop detection (all before
 * anything is called), replay from the checkpoint journal, the result cache, then the reliability stack with
 * its fallbacks (alternative tool, then a cached result however old). What it could not get becomes a gap
 * the final answer names.
 */
final class ToolGateway {
    private final EngineRuntime rt;
    private final ToolAuthorizer authorizer = new ToolAuthorizer();
    private final ArgumentValidator validator = new ArgumentValidator();

    ToolGateway(EngineRuntime rt) {
        this.rt = rt;
    }

    ToolObservation call(ExecutionContext ctx, Actor actor, ToolCall call) {
        Tool tool = rt.tools().get(call.tool());
        ToolSpec spec = tool.spec();
        Optional<String> denied = authorizer.deny(actor.name(), actor.role(), spec);
        if (denied.isPresent()) {
            guardrail(ctx, ToolAuthorizer.NAME, call, ErrorKind.PERMISSION_DENIED, denied.get());
            return new ToolObservation("refused: " + denied.get(), false, null);
        }
        Optional<String> invalid = validator.reject(spec, call);
        if (invalid.isPresent()) {
            guardrail(ctx, ArgumentValidator.NAME, call, ErrorKind.VALIDATION, invalid.get());
            return new ToolObservation("rejected: " + invalid.get(), false, null);
        }
        ctx.loops().check(actor.name(), call);
        int index = ctx.nextCallIndex();
        Optional<JournalEntry> done = ctx.replayed(index, CallKind.TOOL, call.tool(), call.argsJson());
        if (done.isEmpty() && !spec.idempotent()) {
            done = ctx.journal().priorEffect(call.tool(), call.argsJson());
        }
        if (done.isPresent()) {
            if (done.get().callIndex() != index) {
                // Made before the crash at another position: journaled again here, so a second resume finds it.
                ctx.journal().complete(done.get().at(index));
            }
            return replay(ctx, actor, call, done.get());
        }
        if (!spec.idempotent() && ctx.journal().inDoubt(call.tool(), call.argsJson())) {
            String msg = call.tool() + " " + call.argsJson() + " was in flight when the engine stopped; it is not "
                    + "repeated because it is not idempotent: check its effect by hand";
            guardrail(ctx, "resume", call, ErrorKind.CANCELLED, msg);
            ctx.gap(ErrorKind.CANCELLED, call.tool() + " outcome unknown after restart");
            complete(ctx, index, call, spec, false, ErrorKind.CANCELLED.name(), msg, null, ctx.now(), Duration.ZERO, 0, null, 0);
            return new ToolObservation(msg, false, null);
        }
        if (spec.idempotent()) {
            Optional<ToolResultCache.Entry> cached = rt.cache().fresh(cacheKey(ctx, spec, call));
            if (cached.isPresent()) {
                return cachedResult(ctx, actor, call, spec, index, cached.get());
            }
        } else {
            ctx.journal().start(JournalEntry.started(index, CallKind.TOOL, call.tool(), call.argsJson(), false, ctx.now()));
        }
        return live(ctx, actor, call, tool, index);
    }

    private ToolObservation live(ExecutionContext ctx, Actor actor, ToolCall call, Tool tool, int index) {
        ToolSpec spec = tool.spec();
        CallSite site = new CallSite(CallKind.TOOL, spec.name(), ctx.spec().instance(), ctx.spec().key(), 1, call.args(),
                ctx.callSeed(index));
        AtomicReference<CallResult<ToolOutput>> alternative = new AtomicReference<>();
        Fallback<ToolOutput> fallback = alternativeTool(ctx, site, call, spec, alternative)
                .orElse(staleCache(cacheKey(ctx, spec, call)));
        // A priced call reserves its worst case (its fee, and its alternative's) before it runs, like a model call.
        long worstCase = spec.price().perCallMicros() + (spec.alternative() == null ? 0
                : rt.tools().get(spec.alternative()).spec().price().perCallMicros());
        Reservation reservation = worstCase > 0 ? ctx.budget().reserve(worstCase) : null;
        java.time.Instant at = ctx.now();
        long fees = 0;
        CallResult<ToolOutput> r;
        try {
            r = rt.caller().call(site,
                    s -> tool.attempt(call, ctx.task(), new SplittableRandom(Seeds.mix(s.seed(), s.attempt()))),
                    fallback);
            recordAttempts(ctx, actor, call, spec, r);
            fees = r.usage().costMicros();
            if (alternative.get() != null) {
                recordAttempts(ctx, actor, ToolCall.of(spec.alternative()), rt.tools().get(spec.alternative()).spec(),
                        alternative.get());
                fees += alternative.get().usage().costMicros();
            }
        } finally {
            if (reservation != null) {
                ctx.budget().settle(reservation, fees);
            }
        }
        ctx.addRetries(r.retries());
        ToolObservation obs;
        if (r.succeeded()) {
            String text = r.recovered() ? r.value().text() + " [" + r.recoveredBy() + "]" : r.value().text();
            Map<String, String> attrs = attrs(actor, call);
            if (r.recovered()) {
                attrs.put("fallback", r.recoveredBy());
            }
            ctx.steps().add(Step.builder(StepKind.TOOL_RESULT).name(call.tool()).at(ctx.now()).output(text)
                    .attributes(attrs).build(), call.args());
            if (spec.idempotent() && !r.recovered()) {
                rt.cache().put(cacheKey(ctx, spec, call), r.value(), spec.price().perCallMicros());
            }
            obs = new ToolObservation(text, true, r.value().finding(), r.recovered() ? r.recoveredBy() : null);
        } else {
            ctx.gap(r.failure().type().errorKind(CallKind.TOOL), call.tool() + " unavailable (" + r.failure().type() + ")");
            obs = new ToolObservation("error: " + r.failure().getMessage(), false, null);
        }
        complete(ctx, index, call, spec, obs.ok(), r.succeeded() ? null : r.failure().type().errorKind(CallKind.TOOL).name(),
                obs.text(), obs.finding(), at, r.elapsed(), r.attempts().size(), r.recoveredBy(), fees);
        return obs;
    }

    private Fallback<ToolOutput> alternativeTool(ExecutionContext ctx, CallSite site, ToolCall call, ToolSpec spec,
                                                 AtomicReference<CallResult<ToolOutput>> holder) {
        if (spec.alternative() == null) {
            return Fallback.none();
        }
        return failure -> {
            Tool alt = rt.tools().get(spec.alternative());
            Map<String, String> args = new LinkedHashMap<>(call.args());
            args.keySet().retainAll(alt.spec().schema().rules().keySet());
            ToolCall altCall = new ToolCall(alt.spec().name(), args);
            if (alt.spec().schema().validate(altCall).isPresent()) {
                return Optional.empty();
            }
            CallSite altSite = new CallSite(CallKind.TOOL, alt.spec().name(), site.agent(), site.executionKey(), 1,
                    altCall.args(), Seeds.mix(site.seed(), "alternative"));
            CallResult<ToolOutput> r = rt.caller().call(altSite,
                    s -> alt.attempt(altCall, ctx.task(), new SplittableRandom(Seeds.mix(s.seed(), s.attempt()))),
                    Fallback.none());
            holder.set(r);
            return r.succeeded() ? Optional.of(new Recovery<>(r.value(), "alternative tool " + alt.spec().name()))
                    : Optional.empty();
        };
    }

    private Fallback<ToolOutput> staleCache(ToolResultKey key) {
        return failure -> rt.cache().any(key).map(e -> new Recovery<>(e.output(), "cached result from " + e.storedAt()));
    }

    private static ToolResultKey cacheKey(ExecutionContext ctx, ToolSpec spec, ToolCall call) {
        return ToolResultKey.of(spec, call, ctx.cacheScope());
    }

    private void recordAttempts(ExecutionContext ctx, Actor actor, ToolCall call, ToolSpec spec,
                                CallResult<ToolOutput> r) {
        for (AttemptRecord a : r.attempts()) {
            Map<String, String> attrs = attrs(actor, call);
            attrs.put("attempt", Integer.toString(a.number()));
            attrs.put("outcome", a.outcome().name());
            long fee = a.usage().costMicros();
            if (fee > 0) {
                attrs.put("api", spec.price().api());
                rt.fees().charged(spec.price().api(), fee);
            }
            ctx.steps().add(Step.builder(StepKind.TOOL_CALL).name(call.tool()).at(a.at()).duration(a.latency())
                    .input(call.argsJson()).costMicros(fee).attributes(attrs).build(), call.args());
            if (!a.succeeded()) {
                CallFailure f = a.failure();
                ctx.steps().add(Step.builder(StepKind.TOOL_ERROR).name(call.tool()).at(a.at().plus(a.latency()))
                        .failure(f.type().errorKind(CallKind.TOOL), f.getMessage()).attributes(attrs).build(), call.args());
            }
        }
    }

    private ToolObservation cachedResult(ExecutionContext ctx, Actor actor, ToolCall call, ToolSpec spec, int index,
                                         ToolResultCache.Entry hit) {
        ToolOutput out = hit.output();
        Map<String, String> attrs = attrs(actor, call);
        attrs.put("cached", "true");
        if (hit.priceMicros() > 0) {
            attrs.put("api", spec.price().api());
            attrs.put("saved_micros", Long.toString(hit.priceMicros()));
            rt.fees().saved(spec.price().api(), hit.priceMicros());
        }
        ctx.steps().add(Step.builder(StepKind.TOOL_CALL).name(call.tool()).at(ctx.now()).input(call.argsJson())
                .attributes(attrs).build(), call.args());
        ctx.steps().add(Step.builder(StepKind.TOOL_RESULT).name(call.tool()).at(ctx.now()).output(out.text())
                .attributes(attrs).build(), call.args());
        complete(ctx, index, call, spec, true, null, out.text(), out.finding(), ctx.now(), Duration.ZERO, 0, "cache", 0);
        return new ToolObservation(out.text(), true, out.finding());
    }

    private ToolObservation replay(ExecutionContext ctx, Actor actor, ToolCall call, JournalEntry e) {
        Map<String, String> attrs = attrs(actor, call);
        attrs.put("replayed", "true");
        Duration latency = Duration.ofNanos(e.latencyMicros() * 1_000);
        ctx.steps().add(Step.builder(StepKind.TOOL_CALL).name(call.tool()).at(e.at()).duration(latency)
                .input(call.argsJson()).costMicros(e.costMicros()).attributes(attrs).build(), call.args());
        ctx.budget().chargeReplayed(e.costMicros());
        Step.Builder result = Step.builder(e.ok() ? StepKind.TOOL_RESULT : StepKind.TOOL_ERROR).name(call.tool())
                .at(e.at().plus(latency)).attributes(attrs);
        if (e.ok()) {
            result.output(e.output());
        } else {
            result.failure(ErrorKind.parse(e.errorKind()), e.output());
            ctx.gap(ErrorKind.parse(e.errorKind()), call.tool() + " unavailable before restart");
        }
        ctx.steps().add(result.build(), call.args());
        return new ToolObservation(e.output(), e.ok(), e.finding());
    }

    private void complete(ExecutionContext ctx, int index, ToolCall call, ToolSpec spec, boolean ok, String errorKind,
                          String output, String finding, java.time.Instant at, Duration elapsed, int attempts,
                          String recoveredBy, long feeMicros) {
        ctx.journal().complete(new JournalEntry(index, JournalEntry.Phase.COMPLETED, CallKind.TOOL, call.tool(),
                call.argsJson(), spec.idempotent(), ok, errorKind, output, finding, at, elapsed.toNanos() / 1_000,
                0, 0, feeMicros, attempts, recoveredBy));
    }

    private void guardrail(ExecutionContext ctx, String guard, ToolCall call, ErrorKind kind, String message) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("guard", guard);
        attrs.put("tool", call.tool());
        ctx.steps().add(Step.builder(StepKind.GUARDRAIL).name(guard).at(ctx.now()).input(call.argsJson())
                .failure(kind, message).attributes(attrs).build(), call.args());
    }

    private static Map<String, String> attrs(Actor actor, ToolCall call) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tool", call.tool());
        m.put("actor", actor.name());
        return m;
    }
}
