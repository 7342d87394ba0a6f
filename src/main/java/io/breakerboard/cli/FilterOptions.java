package io.breakerboard.cli;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.metrics.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --since}, {@code --until}, {@code --agent} and {@code --pattern}, shared by the commands that read a time
 * range.
 */
public final class FilterOptions {
    @Option(names = "--since", paramLabel = "T", description = "Start, ISO-8601 or an age such as 24h, 7d (default: all).")
    private String since;

    @Option(names = "--until", paramLabel = "T", description = "End (exclusive), ISO-8601 or an age (default: now and later).")
    private String until;

    @Option(names = "--agent", paramLabel = "A", description = "Only this agent; repeat for several (default: every agent).")
    private List<String> agents = new ArrayList<>();

    @Option(names = "--pattern", paramLabel = "P", description = "Only executions run by this orchestration pattern"
            + " (sequential, hierarchical, iterative, state_machine, voting, or as the log names it); repeat for several"
            + " (default: every execution).")
    private List<String> patterns = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The filter the options describe, ages counted back from the clock's now. */
    public MetricsFilter filter(Clock clock) {
        return new MetricsFilter(range(clock.instant()), new HashSet<>(agents), new HashSet<>(patterns));
    }

    private TimeRange range(Instant now) {
        try {
            Instant from = since == null ? TimeRange.ALL.from() : TimeArgument.parse("--since", since, now);
            Instant to = until == null ? TimeRange.ALL.to() : TimeArgument.parse("--until", until, now);
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("--until (" + to + ") must be after --since (" + from + ")");
            }
            return new TimeRange(from, to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
