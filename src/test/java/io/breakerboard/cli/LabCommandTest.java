package io.breakerboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.model.Outcome;
import io.breakerboard.service.Components;
import io.breakerboard.testsupport.CountingMetrics;
import io.breakerboard.testsupport.PipeFormat;
import io.breakerboard.testsupport.TestComponents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Components components = TestComponents.with(new CountingMetrics(), CLOCK);
        CommandLine cl = Cli.commandLine(components);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void patternsPrintsTheComparisonStoresItAndExportsIt() throws IOException {
        Path data = dir.resolve("data");
        Path md = dir.resolve("bench.md");
        int code = run("lab", "patterns", "--data-dir", data.toString(), "--tasks", "20", "--seed", "7",
                "--patterns", "sequential,voting", "--model", "swift-mini", "--export", md.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("20 invoice tasks, seed 7", "model swift-mini", "success vs truth",
                "sequential", "voting").doesNotContain("hierarchical");
        String doc = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(doc).startsWith("# Pattern benchmark: 2 patterns × 20 invoice tasks").contains("| voting |");

        out.getBuffer().setLength(0);
        assertThat(run("lab", "runs", "--data-dir", data.toString())).isZero();
        assertThat(out.toString()).contains("Pattern benchmark", "2 patterns × 20 invoice tasks");
        String id = out.toString().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        Path csv = dir.resolve("bench.csv");
        assertThat(run("lab", "runs", "--data-dir", data.toString(), id, "--export", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("run_id,tool,seed,row,metric,unit,value,low_95,high_95");
        assertThat(lines).anyMatch(l -> l.contains(",voting,success,percent,"));
    }

    @Test
    void costPrintsBeforeAfterAndChange() {
        int code = run("lab", "cost", "--data-dir", dir.resolve("data").toString(), "--tasks", "10", "--seed", "7",
                "--change", "model=swift-mini,cache=on");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Cost before / after: model=swift-mini, cache=on on 10 executions",
                "Before", "After", "Change", "projected / month");
        assertThat(run("lab", "cost", "--data-dir", dir.resolve("data").toString(), "--change", "summary=on"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown change 'summary=on'");
    }

    @Test
    void breakdownReadsTheRecordedExecutionsOfTheStore() throws IOException {
        Path data = dir.resolve("data");
        Path log = dir.resolve("agents.log");
        StringBuilder lines = new StringBuilder();
        long t0 = Instant.parse("2026-02-27T10:00:00Z").toEpochMilli();
        for (int i = 0; i < 300; i++) {
            // alpha costs 2000 micro-dollars an execution, beta 500; one a minute.
            lines.append(PipeFormat.line("k" + i, i % 2 == 0 ? "alpha" : "beta", t0 + i * 60_000L, 100,
                    Outcome.SUCCESS, i % 2 == 0 ? 2_000 : 500)).append('\n');
        }
        Files.writeString(log, lines);
        assertThat(run("import", "--data-dir", data.toString(), log.toString())).as(out.toString() + err).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("lab", "breakdown", "--data-dir", data.toString(), "--recent", "200")).as(err.toString()).isZero();

        // The newest 200: 100 of each agent, $0.25 in 199 minutes and 100 ms, about $54.27 a month at that rate.
        assertThat(out.toString()).contains("Cost breakdown of 200 recorded executions", "projected / month")
                .containsPattern("(?m)^executions +200 +100 +100$")
                .containsPattern("(?m)^total cost +\\$0\\.2500 +\\$0\\.2000 +\\$0\\.0500$")
                .containsPattern("(?m)^projected / month +\\$54\\.2709 +\\$43\\.4167 +\\$10\\.8542$");
    }

    @Test
    void aBadModelOrPatternIsRefusedByName() {
        assertThat(run("lab", "patterns", "--data-dir", dir.resolve("d").toString(), "--model", "gpt-9")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown model 'gpt-9'");
        assertThat(run("lab", "patterns", "--data-dir", dir.resolve("d").toString(), "--patterns", "swarm"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown orchestration pattern 'swarm'");
    }

    @Test
    void replayPlaysTheStoresEngineTrafficBackAsRecordedAndUnderAToolDown() throws IOException {
        Path data = dir.resolve("data");
        assertThat(run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--executions", "40",
                "--seed", "3")).as(out.toString() + err).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("lab", "replay", "--data-dir", data.toString())).as(err.toString()).isZero();
        String same = out.toString();
        assertThat(same).contains("What-if replay of 40 recorded executions: no change")
                .containsPattern("(?m)^Change +0 +0\\.0 % +– +– +\\$0\\.0000 +\\$0\\.0000 +0\\.00 s +–$")
                .containsPattern("(?m)^Replayed +40 +\\S+ % +0 +0 .* 0$");

        out.getBuffer().setLength(0);
        Path md = dir.resolve("replay.md");
        assertThat(run("lab", "replay", "--data-dir", data.toString(), "--fault", "tool-down=score_fraud",
                "--export", md.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("fault tool-down on score_fraud (100.0 %)", "Lost (",
                "tool score_fraud failed");
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).contains("## Lost (", "| Replayed |");
    }

    @Test
    void replayRefusesAFaultOnANameTheTrafficNeverCalls() {
        Path data = dir.resolve("data");
        assertThat(run("engine", "run", "--data-dir", data.toString(), "--virtual-time", "--executions", "5",
                "--seed", "3")).isZero();

        assertThat(run("lab", "replay", "--data-dir", data.toString(), "--fault", "tool-down=no_such_tool"))
                .isNotZero();
        assertThat(err.toString()).contains("no replayed execution calls or is run by 'no_such_tool'");
    }
}
