package io.breakerboard.engine.reliability;

import io.breakerboard.engine.sim.Seeds;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One attempt of one model or tool call, as an interceptor sees it.
 *
 * @param kind         model or tool
 * @param target       the tool name or the model name
 * @param agent        the agent instance making the call
 * @param executionKey the execution it belongs to
 * @param attempt      1 for the first try, 2 for the first retry, and so on
 * @param args         tool arguments (empty for model calls)
 * @param seed         deterministic seed of this attempt; interceptors draw their randomness from {@link #random()}
 */
public record CallSite(CallKind kind, String target, String agent, String executionKey, int attempt,
                       Map<String, String> args, long seed) {

    public CallSite {
        args = args == null ? Map.of() : args;
    }

    /** The same call, another attempt. */
    public CallSite withAttempt(int n) {
        return new CallSite(kind, target, agent, executionKey, n, args, seed);
    }

    /** A random source for this attempt alone, the same on every run with the same seed. */
    public RandomGenerator random() {
        return new SplittableRandom(Seeds.mix(seed, 0x1C7E_0000L + attempt));
    }
}
