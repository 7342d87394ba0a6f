package io.breakerboard.engine.llm;

import io.breakerboard.engine.llm.internal.ModelTier;
import io.breakerboard.engine.sim.internal.LatencyModel;
import java.time.Duration;
import java.util.List;

/** The simulated models: one cheap and fast, one strong and slow. */
public final class ModelCatalog {
    public static final String CHEAP = "swift-mini";
    public static final String STRONG = "atlas-pro";

    private static final List<ModelSpec> ALL = List.of(
            ModelSpec.builder(CHEAP, ModelTier.CHEAP)
                    .firstToken(LatencyModel.of(350, 0.45)).perOutputToken(Duration.ofMillis(6))
                    .rateLimitRate(0.010).serverErrorRate(0.008).malformedRate(0.015).hangRate(0.002)
                    .defaultPrice(Price.perMillionUsd(0.15, 0.60))
                    .build(),
            ModelSpec.builder(STRONG, ModelTier.STRONG)
                    .firstToken(LatencyModel.of(900, 0.5)).perOutputToken(Duration.ofMillis(22))
                    .rateLimitRate(0.015).serverErrorRate(0.010).malformedRate(0.004).hangRate(0.003)
                    .defaultPrice(Price.perMillionUsd(3.00, 15.00))
                    .build());

    private ModelCatalog() {
    }

    public static List<ModelSpec> all() {
        return ALL;
    }

    /** @throws IllegalArgumentException naming the model and the known ones */
    public static ModelSpec get(String name) {
        for (ModelSpec s : ALL) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; known: " + CHEAP + ", " + STRONG);
    }

    /** The model a failing one falls back to: the cheap tier for the strong one, none for the cheap one. */
    public static String fallbackFor(String name) {
        return get(name).tier() == ModelTier.STRONG ? CHEAP : null;
    }
}
