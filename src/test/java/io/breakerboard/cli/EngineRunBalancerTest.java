package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.TestComponents;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code engine run}'s balancer options are kept in the data directory; the run shows each instance's load. */
class EngineRunBalancerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.commandLine(TestComponents.with(new CountingMetrics(), CLOCK));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void balancerSettingsAreAppliedShownAndKeptForTheNextRun() {
        assertThat(run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--executions", "30",
                "--balancer", "least-loaded", "--capacity", "2", "--queue", "40")).isZero();
        String first = out.toString();
        assertThat(first).contains("Balancer: least-loaded, 2 executions per instance, queue of 40")
                .contains("sre-investigator#1").containsPattern("\\d+ / 2 ")
                .contains("Tool fees by API").contains("fraud-scoring");
        out.getBuffer().setLength(0);

        assertThat(run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--executions", "5")).isZero();
        assertThat(out.toString()).contains("Balancer: least-loaded, 2 executions per instance, queue of 40");
    }

    @Test
    void anUnknownStrategyIsRefusedByName() {
        assertThat(run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--balancer", "fastest"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown balancer strategy 'fastest'");
    }
}
