package io.breakerboard.lab;

/**
 * An estimate with its 95 % confidence interval. {@code low} and {@code high} are NaN when the sample is too small
 * to give one.
 */
public record Interval(double value, double low, double high) {

    public static Interval exact(double value) {
        return new Interval(value, Double.NaN, Double.NaN);
    }

    public boolean hasRange() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
