package io.breakerboard.cli;

import io.breakerboard.service.Components;
import io.breakerboard.service.ExportKind;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: writes executions, failures, the per-agent summary or alerts as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a CSV file (RFC 4180, UTF-8, formula-injection safe, secrets masked).")
final class ExportCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private FilterOptions filterOptions;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "EXECUTIONS",
            description = "What to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ExportKind kind;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The CSV file to write.")
    private Path out;

    @Spec
    private CommandSpec spec;

    ExportCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.location(), components)) {
            long rows = ws.exports().export(kind, filterOptions.filter(components.clock()), out, n -> { }).result().join();
            spec.commandLine().getOut().println("Wrote " + rows + " rows to " + out);
            return 0;
        } catch (CompletionException e) {
            spec.commandLine().getErr().println(ConsoleText.safe(e.getCause().getMessage()));
            return 1;
        }
    }
}
