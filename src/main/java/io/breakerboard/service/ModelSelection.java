package io.breakerboard.service;

import io.breakerboard.engine.llm.ModelCatalog;
import io.breakerboard.engine.llm.ModelSettings;
import io.breakerboard.engine.llm.ModelSettingsFile;
import io.breakerboard.engine.llm.ModelSpec;
import io.breakerboard.engine.llm.OpenAiCompatibleClient;
import io.breakerboard.engine.llm.PriceTable;
import io.breakerboard.engine.llm.SimulatedModelClient;
import io.breakerboard.engine.llm.SwitchableModelClient;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which model stands behind the engine: the simulated ones (the default) or a real OpenAI-compatible endpoint
 * from the data directory's {@value ModelSettingsFile#FILE_NAME}. Switching also puts the real models' prices
 * into the engine's price table, so budgets and costs follow.
 */
public final class ModelSelection {
    private final SwitchableModelClient client;
    private final PriceTable prices;
    private final SimulatedModelClient simulated;
    private final Path file;
    private volatile ModelSettings current;
    private volatile String problem;

    /** The simulated models, on {@code prices}; {@code file} is where choices are saved (null: never saved). */
    public ModelSelection(PriceTable prices, Path file) {
        this.prices = prices;
        this.simulated = new SimulatedModelClient(prices);
        this.client = new SwitchableModelClient(simulated);
        this.file = file;
    }

    /** The selection saved in a data directory; a broken file keeps the simulated models and says why in {@link #problem()}. */
    public static ModelSelection of(Path dataDir, PriceTable prices) {
        ModelSelection s = new ModelSelection(prices, ModelSettingsFile.in(dataDir));
        try {
            ModelSettingsFile.read(s.file).ifPresent(s::use);
        } catch (RuntimeException e) {
            s.problem = e.getMessage() + "; the simulated models answer meanwhile";
        }
        return s;
    }

    /** The client to build the engine with; it follows every later switch. */
    public SwitchableModelClient client() {
        return client;
    }

    /** The real model in use, or empty for the simulated ones. */
    public Optional<ModelSettings> current() {
        return Optional.ofNullable(current);
    }

    /** Why the saved settings could not be used, or null. */
    public String problem() {
        return problem;
    }

    /** Uses a real model from now on, in this process only. */
    public synchronized void use(ModelSettings settings) {
        settings.priceTable().all().forEach(prices::set);
        client.use(new OpenAiCompatibleClient(settings, prices));
        current = settings;
        problem = null;
    }

    /** Goes back to the simulated models and their default prices, in this process only. */
    public synchronized void useSimulated() {
        for (ModelSpec m : ModelCatalog.all()) {
            prices.set(m.name(), m.defaultPrice());
        }
        client.use(simulated);
        current = null;
        problem = null;
    }

    /** Uses and saves a choice: a real model, or the simulated ones when empty. */
    public synchronized void save(Optional<ModelSettings> settings) {
        if (file != null) {
            if (settings.isPresent()) {
                ModelSettingsFile.write(file, settings.get());
            } else {
                ModelSettingsFile.writeSimulated(file);
            }
        }
        settings.ifPresentOrElse(this::use, this::useSimulated);
    }
}
