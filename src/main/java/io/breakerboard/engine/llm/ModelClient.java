package io.breakerboard.engine.llm;

import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.reliability.Attempt;
import java.util.random.RandomGenerator;

/**
 * A language model as the engine sees it: one attempt at a completion, returned with its latency. A simulated
 * model returns the latency instead of taking it, so the reliability layers decide how time passes; a real one
 * has already taken it, and the layers wait only for what has not passed yet.
 */
public interface ModelClient {

    /** One attempt; failures are returned inside the attempt, never thrown. */
    Attempt<ModelResponse> attempt(ModelRequest request, RandomGenerator random);

    /**
     * Whether the model chooses the tools itself from {@link ModelRequest#tools()} (a real model), rather than
     * following the objective's plan (the simulation).
     */
    default boolean choosesTools() {
        return false;
    }

    /** The name steps show for an engine model slot: the slot itself, or the real model standing in it. */
    default String modelName(String engineModel) {
        return engineModel;
    }
}
