package io.breakerboard.cli;

import io.breakerboard.lab.LabRun;
import io.breakerboard.service.Components;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lab breakdown}: where the money of the recorded executions went, and the month at that rate. */
@Command(name = "breakdown", mixinStandardHelpOptions = true,
        description = "Break down the cost of recent recorded executions by agent, model and tool; project the month.")
final class LabBreakdownCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--recent", paramLabel = "N", description = "Newest executions to include (default ${DEFAULT-VALUE}).")
    private int recent = 1_000;

    @Option(names = "--export", paramLabel = "FILE", description = "Also write the breakdown to FILE (.csv or .md).")
    private Path export;

    @Spec
    private CommandSpec spec;

    LabBreakdownCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components)) {
            LabControl lab = ws.lab();
            LabRun run;
            try {
                run = lab.costBreakdown(recent).result().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new IllegalStateException("cost breakdown stopped: " + cause.getMessage(), cause);
            }
            LabOutput.print(out, run);
            if (export != null) {
                LabOutput.export(out, lab, run, export);
            }
            return 0;
        }
    }
}
