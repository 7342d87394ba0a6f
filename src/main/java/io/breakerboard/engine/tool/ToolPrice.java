package io.breakerboard.engine.tool;

/**
 * What one answered call of a tool costs, and which external API charges it. Calls that fail or are served
 * from the result cache cost nothing, so caching a priced tool shows as a saving.
 *
 * @param api          the external API billed, e.g. {@code fraud-scoring}; "internal" for the free ones
 * @param perCallMicros price of one answered call, in micro-dollars
 */
public record ToolPrice(String api, long perCallMicros) {
    public static final ToolPrice FREE = new ToolPrice("internal", 0);

    public ToolPrice {
        if (api == null || api.isBlank()) {
            throw new IllegalArgumentException("a tool price needs the name of the API it bills");
        }
        if (perCallMicros < 0) {
            throw new IllegalArgumentException("price per call of API " + api + " must be 0 or more micro-dollars, got "
                    + perCallMicros);
        }
    }

    /** A price in dollars per call, e.g. {@code usd("fraud-scoring", 0.01)}. */
    public static ToolPrice usd(String api, double perCall) {
        return new ToolPrice(api, Math.round(perCall * 1_000_000));
    }
}
