package io.breakerboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An agent that keeps writing its log: appends canonical execution lines to a file at a steady rate, in slices
 * of a tenth of a second, stamped with the given clock. Deterministic for a seed.
 */
final class TailFeed {
    private static final String[] AGENTS = {"invoice-validator", "fraud-scorer", "support-triage", "code-reviewer",
            "research-assistant", "sql-analyst", "travel-planner", "contract-redliner"};
    private static final String[] MODELS = {"gpt-4o-mini-2024-07-18", "claude-3-5-sonnet-20241022", "gpt-4o-2024-08-06"};

    private final Path file;
    private final Clock clock;
    private final SplittableRandom random;
    private final String prefix;
    private long written;

    TailFeed(Path file, Clock clock, long seed) {
        this.file = file;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
        this.prefix = "feed-" + Long.toHexString(seed) + "-";
    }

    /** Appends {@code perSecond} executions a second for {@code seconds}; returns how many lines it wrote. */
    long run(int perSecond, int seconds) throws InterruptedException {
        int slices = seconds * 10;
        int perSlice = Math.max(1, perSecond / 10);
        long begin = System.nanoTime();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (int slice = 0; slice < slices; slice++) {
                StringBuilder lines = new StringBuilder(perSlice * 400);
                Instant now = clock.instant();
                for (int i = 0; i < perSlice; i++) {
                    line(lines, now.minusMillis(random.nextInt(100)));
                }
                out.write(lines.toString());
                out.flush();
                long due = begin + (slice + 1) * 100_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to " + file + ": " + e.getMessage(), e);
        }
        return written;
    }

    private void line(StringBuilder out, Instant at) {
        String agent = AGENTS[random.nextInt(AGENTS.length)];
        boolean failed = random.nextInt(100) < 7;
        int duration = 400 + (int) (-Math.log(1 - random.nextDouble()) * 3_000);
        int input = 500 + random.nextInt(4_000);
        int output = 100 + random.nextInt(800);
        int tools = 1 + random.nextInt(4);
        double cost = (input * 0.15 + output * 0.6) / 1_000_000;
        out.append("{\"execution_id\":\"").append(prefix).append(++written)
                .append("\",\"agent\":\"").append(agent)
                .append("\",\"task\":\"Feed task ").append(written)
                .append("\",\"started_at\":\"").append(at)
                .append("\",\"duration_ms\":").append(duration)
                .append(",\"outcome\":\"").append(failed ? "failure" : "success").append('"');
        if (failed) {
            out.append(",\"error_kind\":\"TIMEOUT\",\"error\":\"tool timed out after 30s\"");
        }
        out.append(",\"model\":\"").append(MODELS[random.nextInt(MODELS.length)])
                .append("\",\"input_tokens\":").append(input)
                .append(",\"output_tokens\":").append(output)
                .append(",\"cost_usd\":").append(String.format(Locale.ROOT, "%.6f", cost))
                .append(",\"retries\":0,\"iterations\":").append(tools)
                .append(",\"tool_calls\":").append(tools)
                .append(",\"tool_failures\":").append(failed ? 1 : 0)
                .append("}\n");
    }
}
