package io.breakerboard.lab;

import io.breakerboard.engine.reliability.Attempt;
import io.breakerboard.engine.reliability.AttemptRecord;
import io.breakerboard.engine.reliability.CallFailure;
import io.breakerboard.engine.reliability.CallKind;
import io.breakerboard.engine.reliability.CallResult;
import io.breakerboard.engine.reliability.CallSite;
import io.breakerboard.engine.reliability.FailureType;
import io.breakerboard.engine.reliability.Fallback;
import io.breakerboard.engine.reliability.Recovery;
import io.breakerboard.engine.reliability.ResilientCaller;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.engine.sim.Seeds;
import io.breakerboard.engine.tool.ToolCatalog;
import io.breakerboard.engine.tool.ToolOutput;
import io.breakerboard.engine.tool.ToolResultCache;
import io.breakerboard.engine.tool.ToolResultKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays one recorded call back through the engine's reliability wrappers ({@link ResilientCaller}): each attempt
 * the wrappers make is answered by the recorded attempt of the same number. An attempt the recording never made
 * (more retries than it had) answers like the last recorded one, except after a transient failure, when it
 * answers like the target's typical recorded success; a target never seen succeeding keeps failing.
 *
 * <p>Fallbacks stand in as the recording shows: the alternative tool whose attempts were recorded, or the cached
 * result it used. A call that succeeded in the recording never needed its fallback, so for it the engine's
 * catalog alternative stands in (answered like that tool's typical recorded success), or, with the scenario's
 * cache, a stale result. A call that failed in the recording had no fallback that helped.
 */
final class CallReplayer {
    /** What a replayed call came to: answered or not, and what its attempts cost. */
    record Result(boolean ok, CallFailure failure, long costMicros, String recoveredBy) {
    }

    /** What one execution may still spend; no limit when {@code limit} is null. */
    static final class Budget {
        private final Long limit;
        private long spent;

        Budget(Long limit) {
            this.limit = limit;
        }

        boolean refuses(long cost) {
            return limit != null && spent + cost > limit;
        }

        void spend(long cost) {
            spent += cost;
        }
    }

    private final ResilientCaller caller;
    private final EngineClock clock;
    private final ReplayScenario scenario;
    private final Map<String, RecordedAttempt> typical;
    private final ToolResultCache cache;
    private final ToolCatalog catalog = ToolCatalog.standard();

    /** @param typical each target's typical recorded success, see {@link TypicalAnswers} */
    CallReplayer(ResilientCaller caller, EngineClock clock, ReplayScenario scenario,
                 Map<String, RecordedAttempt> typical, ToolResultCache cache) {
        this.caller = caller;
        this.clock = clock;
        this.scenario = scenario;
        this.typical = typical;
        this.cache = cache;
    }

    Result replay(RecordedCall c, String agent, String executionKey, long seed, Budget budget) {
        if (c.cached) {
            return new Result(true, null, 0, "cache");
        }
        ToolResultKey key = c.kind == CallKind.TOOL
                ? new ToolResultKey(c.target, "recorded", c.input == null ? "" : c.input, "") : null;
        if (key != null && cache.fresh(key).isPresent()) {
            return new Result(true, null, 0, "cache");
        }
        AtomicLong altCost = new AtomicLong();
        Fallback<String> fallback = fallback(c, key, agent, executionKey, seed, budget, altCost);
        CallResult<String> r = scenario.attempts() == null
                ? asRecorded(c, agent, executionKey, seed, budget, fallback)
                : caller.call(site(c, agent, executionKey, seed), s -> answer(attempt(c, s.attempt()), budget), fallback);
        long cost = r.usage().costMicros() + altCost.get();
        if (r.succeeded() && !r.recovered() && key != null) {
            cache.put(key, ToolOutput.of(r.value()), cost);
        }
        return new Result(r.succeeded(), r.failure(), cost, r.recoveredBy());
    }

    // Exactly the recorded attempts, each once through the wrappers, the recorded waits between them.
    private CallResult<String> asRecorded(RecordedCall c, String agent, String executionKey, long seed, Budget budget,
                                          Fallback<String> fallback) {
        CallResult<String> r = null;
        List<AttemptRecord> all = new ArrayList<>();
        for (int i = 0; i < c.attempts.size(); i++) {
            if (i > 0) {
                clock.sleep(c.gapBefore(i));
            }
            RecordedAttempt a = c.attempts.get(i);
            boolean last = i == c.attempts.size() - 1;
            r = caller.call(site(c, agent, executionKey, Seeds.mix(seed, i)), s -> answer(a, budget),
                    last ? fallback : Fallback.none());
            all.addAll(r.attempts());
            if (r.succeeded()) {
                break;
            }
        }
        // One result for the whole call, so its usage is what every attempt cost.
        return new CallResult<>(r.value(), r.failure(), all, r.elapsed(), r.recoveredBy());
    }

    private Fallback<String> fallback(RecordedCall c, ToolResultKey key, String agent, String executionKey, long seed,
                                      Budget budget, AtomicLong altCost) {
        Fallback<String> stale = key == null || !scenario.cache() ? Fallback.none()
                : f -> cache.any(key).map(e -> new Recovery<>(e.output().text(), "cached result from " + e.storedAt()));
        if (c.recoveredBy != null) {
            if (c.alternative != null) {
                return f -> alternative(c.alternative, agent, executionKey, seed, budget, altCost);
            }
            return f -> Optional.of(new Recovery<>("", c.recoveredBy));
        }
        if (!c.ok() || c.kind != CallKind.TOOL || !catalog.names().contains(c.target)) {
            return stale;
        }
        String alt = catalog.get(c.target).spec().alternative();
        if (alt == null || !typical.containsKey(alt)) {
            return stale;
        }
        RecordedCall standIn = new RecordedCall(CallKind.TOOL, alt, c.input);
        standIn.attempts.add(RecordedAttempt.answeredLike(typical.get(alt)));
        Fallback<String> alternative = f -> alternative(standIn, agent, executionKey, seed, budget, altCost);
        return alternative.orElse(stale);
    }

    private Optional<Recovery<String>> alternative(RecordedCall alt, String agent, String executionKey, long seed,
                                                   Budget budget, AtomicLong altCost) {
        CallResult<String> r = scenario.attempts() == null
                ? asRecorded(alt, agent, executionKey, Seeds.mix(seed, "alternative"), budget, Fallback.none())
                : caller.call(site(alt, agent, executionKey, Seeds.mix(seed, "alternative")),
                        s -> answer(attempt(alt, s.attempt()), budget), Fallback.none());
        altCost.addAndGet(r.usage().costMicros());
        return r.succeeded() ? Optional.of(new Recovery<>(r.value(), RecordedCall.ALTERNATIVE + alt.target))
                : Optional.empty();
    }

    private RecordedAttempt attempt(RecordedCall c, int number) {
        if (number <= c.attempts.size()) {
            return c.attempts.get(number - 1);
        }
        RecordedAttempt last = c.last();
        if (!last.succeeded() && failure(last).isTransient() && typical.containsKey(c.target)) {
            return RecordedAttempt.answeredLike(typical.get(c.target));
        }
        return last;
    }

    private static Attempt<String> answer(RecordedAttempt a, Budget budget) {
        if (budget.refuses(a.costMicros)) {
            return Attempt.failed(new CallFailure(FailureType.BUDGET_EXCEEDED,
                    "the execution's budget cannot cover this call"), java.time.Duration.ZERO);
        }
        budget.spend(a.costMicros);
        if (a.succeeded()) {
            return Attempt.ok(a.output == null ? "" : a.output, a.latency, a.usage());
        }
        return new Attempt<>(null, new CallFailure(failure(a), a.message == null ? "failed" : a.message), a.latency,
                a.usage());
    }

    private static FailureType failure(RecordedAttempt a) {
        return a.failure == null ? FailureType.TOOL_FAILURE : a.failure;
    }

    private static CallSite site(RecordedCall c, String agent, String executionKey, long seed) {
        return new CallSite(c.kind, c.target, agent, executionKey, 1, Map.of(), seed);
    }
}
