package io.breakerboard.metrics;

/**
 * Chooses the width of a dashboard's series buckets from the minutes that hold data: the finest step of
 * 1 min, 5 min, 15 min, 1 h, 6 h, 1 d (then whole days) that needs at most {@value #MAX_POINTS} buckets.
 * Buckets are aligned to the epoch, so a day bucket starts at midnight UTC.
 */
final class BucketSize {
    static final int MAX_POINTS = 200;
    private static final long DAY = 1_440;
    private static final long[] STEPS = {1, 5, 15, 60, 360, DAY};

    private BucketSize() {
    }

    /** Bucket width in minutes for data from {@code firstMinute} to {@code lastMinute} (epoch minutes, inclusive). */
    static long minutesFor(long firstMinute, long lastMinute) {
        for (long step : STEPS) {
            if (count(firstMinute, lastMinute, step) <= MAX_POINTS) {
                return step;
            }
        }
        long days = Math.max(1, (lastMinute - firstMinute + 1) / (DAY * MAX_POINTS));
        while (count(firstMinute, lastMinute, days * DAY) > MAX_POINTS) {
            days++;
        }
        return days * DAY;
    }

    /** How many aligned buckets of {@code width} minutes the data touches. */
    static long count(long firstMinute, long lastMinute, long width) {
        return Math.floorDiv(lastMinute, width) - Math.floorDiv(firstMinute, width) + 1;
    }
}
