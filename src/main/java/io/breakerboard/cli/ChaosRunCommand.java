package io.breakerboard.cli;

import io.breakerboard.chaos.ExperimentEntry;
import io.breakerboard.chaos.ExperimentReport;
import io.breakerboard.chaos.ExperimentStatus;
import io.breakerboard.chaos.ReportRow;
import io.breakerboard.engine.sim.EngineClock;
import io.breakerboard.job.Job;
import io.breakerboard.service.ChaosControl;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chaos run NAME}: runs a classic or saved experiment on the data directory's engine, as the chaos panel's
 * Run does, prints its report and stores it (the window lists it). Exits 0 when the hypothesis held and
 * {@link #EXIT_DEVIATED} otherwise, so a CI step can fail on a deviation.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a chaos experiment on the local engine; the report is printed and stored.")
final class ChaosRunCommand implements Callable<Integer> {
    /** Exit code of a run that did not pass: deviated, aborted by a guard, not steady, cancelled or failed. */
    static final int EXIT_DEVIATED = 3;

    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "The experiment's name; without it the experiments are listed.")
    private String name;

    @Mixin
    private EngineTimeOption time;

    @Mixin
    private ModelConfigOption model;

    @Spec
    private CommandSpec spec;

    ChaosRunCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        EngineClock clock = time.clock(components.clock());
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.location(), components, clock)) {
            ChaosControl chaos = ws.chaos();
            List<ExperimentEntry> all = chaos.experiments();
            if (name == null) {
                all.forEach(x -> out.println(ConsoleText.safe(x.name()) + (x.builtIn() ? "  (classic)" : "  (saved)")));
                out.flush();
                return 0;
            }
            if (all.stream().noneMatch(x -> x.name().equals(name))) {
                throw new ParameterException(spec.commandLine(), "no experiment named '" + name + "'; known: "
                        + String.join(", ", all.stream().map(ExperimentEntry::name).toList()));
            }
            model.apply(ws.engine(), spec.commandLine(), System::getenv);
            ws.alerting().start(ws.engine(), clock.asClock());
            out.println("Running experiment '" + ConsoleText.safe(name) + "' on " + time.describe());
            out.flush();
            AtomicReference<String> phase = new AtomicReference<>("");
            Job<ExperimentReport> job = chaos.run(name, p -> {
                // One line per phase: the progress itself ticks ten times a second.
                if (!p.phase().equals(phase.getAndSet(p.phase()))) {
                    out.println("  " + ConsoleText.safe(p.message()));
                    out.flush();
                }
            });
            ExperimentReport report = await(job);
            print(out, report);
            return report.status() == ExperimentStatus.PASSED ? 0 : EXIT_DEVIATED;
        }
    }

    private static ExperimentReport await(Job<ExperimentReport> job) throws InterruptedException {
        try {
            return job.result().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("experiment stopped: " + cause.getMessage(), cause);
        }
    }

    private static void print(PrintWriter out, ExperimentReport r) {
        out.println(r.status().label() + ": " + ConsoleText.safe(r.summary()));
        TextTable table = new TextTable(List.of("Phase", "Action", "Expected", "Actual", "Fix needed"));
        for (ReportRow row : r.rows()) {
            table.row(List.of(row.phase().label(), ConsoleText.safe(row.action()), ConsoleText.safe(row.expected()),
                    (row.deviated() ? "DEVIATED: " : "") + ConsoleText.safe(row.actual()), ConsoleText.safe(row.fix())));
        }
        table.print(out);
        out.println("Stored as report " + r.id() + "; export it from the chaos panel as CSV or Markdown.");
        out.flush();
    }
}
