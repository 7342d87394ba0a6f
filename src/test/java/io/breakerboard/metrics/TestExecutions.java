package io.breakerboard.metrics;

import io.breakerboard.model.ErrorKind;
import io.breakerboard.model.Execution;
import io.breakerboard.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Executions for metrics tests: one with chosen values, or many random ones from a seed. */
final class TestExecutions {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "claude-sonnet-4"};
    private static int keys;

    private TestExecutions() {
    }

    static Execution ok(String agent, Instant start, Duration duration, String model, long costMicros) {
        return Execution.builder("k" + keys++).agent(agent).startedAt(start).duration(duration)
                .outcome(Outcome.SUCCESS).model(model).inputTokens(100).outputTokens(10).costMicros(costMicros).build();
    }

    static Execution failed(String agent, Instant start, Duration duration, ErrorKind kind) {
        return Execution.builder("k" + keys++).agent(agent).startedAt(start).duration(duration)
                .outcome(Outcome.FAILURE).errorKind(kind).model("gpt-4o").inputTokens(50).outputTokens(0)
                .costMicros(500).build();
    }

    /** Random executions of the given agents, spread over {@code span} from {@link #T0}. */
    static List<Execution> random(long seed, int count, Duration span, String... agents) {
        Random random = new Random(seed);
        List<Execution> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean ok = random.nextDouble() < 0.9;
            Outcome outcome = ok ? Outcome.SUCCESS : random.nextBoolean() ? Outcome.FAILURE : Outcome.PARTIAL;
            list.add(Execution.builder("r" + seed + "-" + i)
                    .agent(agents[random.nextInt(agents.length)])
                    .startedAt(T0.plusMillis((long) (random.nextDouble() * span.toMillis())))
                    .duration(Duration.ofNanos((long) (Math.exp(random.nextGaussian() + 7) * 1_000_000)))
                    .outcome(outcome)
                    .errorKind(ok ? null : ErrorKind.values()[random.nextInt(ErrorKind.values().length)])
                    .model(random.nextInt(20) == 0 ? null : MODELS[random.nextInt(MODELS.length)])
                    .inputTokens(random.nextInt(5_000))
                    .outputTokens(random.nextInt(1_000))
                    .costMicros(random.nextInt(30_000))
                    .retries(random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0)
                    .build());
        }
        return list;
    }

    static RollupMetrics recorded(List<Execution> executions) {
        RollupMetrics metrics = new RollupMetrics(SnapshotAssert.CLOCK);
        executions.forEach(metrics::record);
        return metrics;
    }
}
