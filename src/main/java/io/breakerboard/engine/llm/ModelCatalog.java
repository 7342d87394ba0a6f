package io.breakerboard.engine.llm;

import io.breakerboard.engine.sim.LatencyModel;
import java.time.Duration;
import java.util.List;

/** The simulated models: one cheap and fast, one strong and slow. */
public final class ModelCatalog {
    public static final String CHEAP = "swift-mini";
    public static final String STRONG = "atlas-pro";

    private static final List<ModelSpec> ALL = List.of(
            new ModelSpec(CHEAP, ModelTier.CHEAP, LatencyModel.of(350, 0.45), Duration.ofMillis(6),
                    0.010, 0.008, 0.015, 0.002, Price.perMillionUsd(0.15, 0.60)),
            new ModelSpec(STRONG, ModelTier.STRONG, LatencyModel.of(900, 0.5), Duration.ofMillis(22),
                    0.015, 0.010, 0.004, 0.003, Price.perMillionUsd(3.00, 15.00)));

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
