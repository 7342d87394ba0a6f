package io.breakerboard.engine.reliability;

/**
 * What the calls to one external API cost, and what the result cache saved on it.
 *
 * @param api         the API billed
 * @param calls       answered calls billed
 * @param costMicros  fees paid, in micro-dollars
 * @param cacheHits   calls answered from the result cache instead
 * @param savedMicros fees those hits saved, in micro-dollars
 */
public record ToolFeeView(String api, long calls, long costMicros, long cacheHits, long savedMicros) {
}
