package io.breakerboard.engine.sim;

/**
 * Derives independent seeds from a parent seed and a label, so each execution, call and attempt has its own
 * random stream: skipping or replaying one call never shifts the numbers drawn by the others.
 */
public final class Seeds {
    private Seeds() {
    }

    /** A well-mixed seed from two values (the SplitMix64 finaliser over their combination). */
    public static long mix(long seed, long label) {
        long z = seed + 0x9E3779B97F4A7C15L * (label + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed from a parent seed and a text label, stable across runs and JVMs. */
    public static long mix(long seed, String label) {
        long h = 1125899906842597L;
        for (int i = 0; i < label.length(); i++) {
            h = 31 * h + label.charAt(i);
        }
        return mix(seed, h);
    }
}
