package io.breakerboard.demo;

import java.util.List;

/**
 * A tool an agent calls: its latency (log-normal around a median), what a call costs when the tool is a paid
 * API, and example arguments and results to fill logs with.
 */
record ToolProfile(String name, long medianMillis, double sigma, long costMicros, List<String> args, List<String> results) {
}
