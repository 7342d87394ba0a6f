package io.breakerboard.engine.llm;

import io.breakerboard.engine.call.Attempt;
import java.util.random.RandomGenerator;

/**
 * A language model as the engine sees it: one attempt at a completion, returned with its latency instead of
 * taking that long, so the reliability layers decide how time passes.
 */
public interface ModelClient {

    /** One attempt; failures are returned inside the attempt, never thrown. */
    Attempt<ModelResponse> attempt(ModelRequest request, RandomGenerator random);
}
