package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.engine.sim.VirtualClock;
import io.breakerboard.service.EngineWorkload;
import io.breakerboard.service.LocalEngine;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.UnfinishedExecution;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.TestComponents;
import io.breakerboard.testsupport.WaitFor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code engine unfinished}, {@code engine resume} and {@code engine run --resume} on a data directory a quit left. */
class EngineResumeCommandTest {
    private static final Instant QUIT_AT = Instant.parse("2024-10-15T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(QUIT_AT.plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path data;
    private List<UnfinishedExecution> left;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A run on the data directory quit while executions were running: they are left paused. */
    @BeforeEach
    void quitWhileRunning() {
        data = dir.resolve("data");
        try (LocalWorkspace ws = WorkspaceAssembler.open(data, TestComponents.standard(), new VirtualClock(QUIT_AT))) {
            LocalEngine engine = ws.engine();
            Map<String, Integer> agents = new LinkedHashMap<>();
            Map<String, Integer> patterns = new LinkedHashMap<>();
            engine.agents().forEach(a -> agents.put(a.name(), 1));
            engine.patterns().forEach(p -> patterns.put(p.name(), 1));
            engine.start(new EngineWorkload(600, 6, agents, patterns, 9, null, 100_000L));
            WaitFor.condition(() -> engine.stats().inFlight() >= 3);
        }
        try (LocalWorkspace ws = WorkspaceAssembler.open(data, TestComponents.standard())) {
            left = ws.engine().unfinished();
        }
        assertThat(left).isNotEmpty();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        CommandLine cl = Cli.commandLine(TestComponents.with(new CountingMetrics(), CLOCK));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void unfinishedListsEveryExecutionAQuitPaused() {
        assertThat(run("engine", "unfinished", "--data-dir", data.toString())).isZero();

        assertThat(out.toString()).contains("KEY", "STATE", left.get(0).key(), left.get(0).agent(), "paused by a quit at")
                .contains(left.size() + " unfinished; 'engine resume --all'");
    }

    @Test
    void resumeContinuesTheChosenExecutionsAndStoresThem() {
        String key = left.get(0).key();

        assertThat(run("engine", "resume", "--data-dir", data.toString(), "--virtual-time", key)).isZero();

        assertThat(out.toString()).contains("Resuming 1 on virtual time", key, "replayed exactly", "DOWNTIME")
                .as("stopped about an hour before the resume").containsPattern("  (5\\d min \\d+ s|1 h)  ");
        run("engine", "unfinished", "--data-dir", data.toString());
        assertThat(out.toString()).doesNotContain(key);
        run("report", "--data-dir", data.toString(), "--format", "csv");
        assertThat(out.toString()).isNotBlank();
    }

    @Test
    void resumeRefusesAKeyThatIsNotUnfinishedAndNeedsKeysOrAll() {
        assertThat(run("engine", "resume", "--data-dir", data.toString(), "no-such-key")).isEqualTo(2);
        assertThat(err.toString()).contains("no unfinished execution has the key 'no-such-key'");
        assertThat(run("engine", "resume", "--data-dir", data.toString())).isEqualTo(2);
    }

    @Test
    void resumeAllAndRunWithResumeLeaveNothingUnfinished() {
        assertThat(run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--resume", "--executions", "5",
                "--seed", "4")).isZero();

        assertThat(out.toString()).contains("Resuming " + left.size() + " left unfinished by an earlier run",
                left.get(0).key(), "Finished", "Budgets:", "engine today: $");
        assertThat(run("engine", "resume", "--data-dir", data.toString(), "--all")).isZero();
        assertThat(out.toString()).contains("No unfinished engine executions.");
    }
}
