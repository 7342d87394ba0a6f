package io.breakerboard.engine.llm;

import io.breakerboard.engine.llm.internal.ModelRequest;
import io.breakerboard.engine.llm.internal.ModelResponse;
import io.breakerboard.engine.reliability.Attempt;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The model client an engine keeps for its whole life while the model behind it changes: the simulated models
 * or a real endpoint, chosen in the settings. A call in flight finishes on the client it started with.
 */
public final class SwitchableModelClient implements ModelClient {
    private volatile ModelClient current;

    public SwitchableModelClient(ModelClient initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    public void use(ModelClient next) {
        this.current = Objects.requireNonNull(next, "next");
    }

    public ModelClient current() {
        return current;
    }

    @Override
    public Attempt<ModelResponse> attempt(ModelRequest request, RandomGenerator random) {
        return current.attempt(request, random);
    }

    @Override
    public boolean choosesTools() {
        return current.choosesTools();
    }

    @Override
    public String modelName(String engineModel) {
        return current.modelName(engineModel);
    }
}
