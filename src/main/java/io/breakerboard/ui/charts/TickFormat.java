package io.breakerboard.ui.charts;

/** Writes a value axis' tick label knowing the step between ticks, so labels carry no needless decimals. */
@FunctionalInterface
public interface TickFormat {
    String format(double value, double step);
}
