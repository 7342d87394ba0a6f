package io.breakerboard.cli;

import io.breakerboard.lab.LabRun;
import io.breakerboard.service.Components;
import io.breakerboard.service.LabControl;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lab runs [ID]}: lists the stored lab runs, or shows and exports one, for comparing runs later. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List stored lab runs, or show one by id.")
final class LabRunsCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The run to show; without it the runs are listed.")
    private String id;

    @Option(names = "--limit", paramLabel = "N", description = "Runs to list (default ${DEFAULT-VALUE}).")
    private int limit = 20;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the run shown to FILE (.csv or .md).")
    private Path export;

    @Spec
    private CommandSpec spec;

    LabRunsCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components)) {
            LabControl lab = ws.lab();
            if (id == null) {
                TextTable table = new TextTable(List.of("Id", "Ran at", "Tool", "Seed", "What"));
                for (LabRun r : lab.runs(limit)) {
                    table.row(List.of(r.id(), r.createdAt().toString(), r.kind().label(), Long.toString(r.seed()),
                            ConsoleText.safe(r.title())));
                }
                table.print(out);
                out.flush();
                return 0;
            }
            LabRun r = lab.run(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no lab run with id " + id + "; 'lab runs' lists them"));
            LabOutput.print(out, r);
            if (export != null) {
                LabOutput.export(out, lab, r, export);
            }
            return 0;
        }
    }
}
