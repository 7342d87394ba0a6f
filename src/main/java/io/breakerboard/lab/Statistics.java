package io.breakerboard.lab;

import java.util.Arrays;

/** The few statistics the lab reports: rates with Wilson intervals, means with t intervals, exact percentiles. */
public final class Statistics {
    /** z of a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    private Statistics() {
    }

    /** A proportion with its Wilson score interval, which stays inside 0..1 and behaves at 0 and n successes. */
    public static Interval wilson(long successes, long n) {
        if (n <= 0) {
            return Interval.exact(Double.NaN);
        }
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The mean with a Student-t interval (normal beyond 30 degrees of freedom is not precise enough, so a table). */
    public static Interval mean(double[] values) {
        int n = values.length;
        if (n == 0) {
            return Interval.exact(Double.NaN);
        }
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        if (n < 2) {
            return Interval.exact(mean);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double half = t95(n - 1) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half);
    }

    /** The p-th percentile (0..100) by the nearest-rank method; NaN of an empty sample. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    /** Two-sided 95 % quantile of Student's t; from 30 degrees of freedom on, a close series expansion. */
    static double t95(int df) {
        if (df <= T95.length) {
            return T95[df - 1];
        }
        // Cornish-Fisher expansion around the normal quantile; within 0.001 of the table from 30 on.
        double z = Z95;
        double g1 = (Math.pow(z, 3) + z) / 4;
        double g2 = (5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z) / 96;
        return z + g1 / df + g2 / ((double) df * df);
    }
}
