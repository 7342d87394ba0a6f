package io.breakerboard.engine.llm;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Prices per model, editable while the engine runs (a settings dialog may change them). Thread-safe. */
public final class PriceTable {
    private final Map<String, Price> prices = new ConcurrentHashMap<>();

    public PriceTable(Map<String, Price> initial) {
        prices.putAll(initial);
    }

    /** The prices of the models in {@link ModelCatalog}. */
    public static PriceTable defaults() {
        Map<String, Price> m = new TreeMap<>();
        for (ModelSpec s : ModelCatalog.all()) {
            m.put(s.name(), s.defaultPrice());
        }
        return new PriceTable(m);
    }

    public void set(String model, Price price) {
        prices.put(model, price);
    }

    /**
     * @throws IllegalArgumentException naming the model when it has no price: a call that cannot be priced
     *                                  must not run unbudgeted
     */
    public Price price(String model) {
        Price p = prices.get(model);
        if (p == null) {
            throw new IllegalArgumentException("no price for model '" + model + "'; add it to the price table");
        }
        return p;
    }

    public long cost(String model, long inputTokens, long outputTokens) {
        return price(model).cost(inputTokens, outputTokens);
    }

    /** A copy of every price, sorted by model. */
    public Map<String, Price> all() {
        return new TreeMap<>(prices);
    }
}
