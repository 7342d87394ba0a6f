package io.breakerboard.demo;

import io.breakerboard.engine.tool.ToolPrice;
import java.util.List;

/**
 * A tool an agent calls: its latency (log-normal around a median), what an answered call costs (the
 * engine's {@link ToolPrice}, free for internal tools), and example arguments and results to fill logs with.
 */
record ToolProfile(String name, long medianMillis, double sigma, ToolPrice price, List<String> args, List<String> results) {
}
