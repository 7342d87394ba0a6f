package io.breakerboard.cli;

import io.breakerboard.model.Units;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.service.UnfinishedExecution;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code engine unfinished}: the engine executions of the data directory that began and never finished, paused
 * by a normal quit or cut short by a crash, oldest first.
 */
@Command(name = "unfinished", mixinStandardHelpOptions = true,
        description = "List engine executions that began and never finished (paused by a quit or cut short by a crash).")
final class EngineUnfinishedCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Spec
    private CommandSpec spec;

    EngineUnfinishedCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components)) {
            List<UnfinishedExecution> all = ws.engine().unfinished();
            if (all.isEmpty()) {
                out.println("No unfinished engine executions.");
                return 0;
            }
            TextTable table = new TextTable(List.of("KEY", "AGENT", "PATTERN", "STARTED", "STATE"));
            for (UnfinishedExecution u : all) {
                table.row(List.of(u.key(), u.agent(), u.pattern(), u.startedAt().toString(),
                        u.paused() ? "paused by a quit at " + u.pausedAt() : "cut short by a crash"));
            }
            table.print(out);
            out.printf("%s unfinished; 'engine resume --all' (or 'engine resume KEY...') continues them from their"
                    + " checkpoints.%n", Units.count(all.size()));
            out.flush();
        }
        return 0;
    }
}
