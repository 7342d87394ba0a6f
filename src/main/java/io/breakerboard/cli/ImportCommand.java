package io.breakerboard.cli;

import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: reads log files and folders into the data directory and prints what each file gave. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import agent log files and folders (recursively) into the data directory.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:at least one file was read", "1:nothing could be imported", "2:the data directory cannot be used"})
final class ImportCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "Log files, or folders to import recursively.")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    ImportCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FileSummary> summaries;
        try (LocalWorkspace ws = LocalWorkspace.open(dataDir.dataDir(), components)) {
            summaries = ws.importPaths(paths, ImportListener.NONE).result().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            spec.commandLine().getErr().println("Import failed: " + cause.getMessage());
            return 1;
        }
        if (summaries.isEmpty()) {
            spec.commandLine().getErr().println("No files to import in " + paths + " (hidden files are skipped).");
            return 1;
        }
        print(out, summaries);
        boolean anyRead = summaries.stream().anyMatch(s -> s.ok() || s.executions() > 0);
        return anyRead ? 0 : 1;
    }

    private static void print(PrintWriter out, List<FileSummary> summaries) {
        TextTable table = new TextTable(List.of("FILE", "FORMAT", "EXECUTIONS", "NEW", "DUPLICATES", "UPDATED",
                "STEPS", "QUARANTINED", "SECONDS", "RESULT"), false, false, true, true, true, true, true, true, true, false);
        long executions = 0, imported = 0, duplicates = 0, updated = 0, steps = 0, quarantined = 0, millis = 0;
        int ok = 0;
        for (FileSummary s : summaries) {
            table.row(List.of(display(s.file()), s.format() == null ? "-" : s.format(), n(s.executions()),
                    n(s.imported()), n(s.duplicates()), n(s.updated()), n(s.steps()), n(s.quarantined()), seconds(s.elapsed().toMillis()),
                    s.ok() ? "ok" : s.error()));
            executions += s.executions();
            imported += s.imported();
            duplicates += s.duplicates();
            updated += s.updated();
            steps += s.steps();
            quarantined += s.quarantined();
            millis += s.elapsed().toMillis();
            ok += s.ok() ? 1 : 0;
        }
        table.row(List.of("TOTAL", "", n(executions), n(imported), n(duplicates), n(updated), n(steps), n(quarantined),
                seconds(millis), ok + " of " + summaries.size() + " files read completely"));
        table.print(out);
        List<FileSummary> withMessages = summaries.stream().filter(s -> !s.messages().isEmpty()).toList();
        if (!withMessages.isEmpty()) {
            out.println();
            out.println("Rejected records (the first of each file; all are kept in the quarantine):");
            for (FileSummary s : withMessages) {
                s.messages().forEach(m -> out.println("  " + m));
            }
        }
        out.flush();
    }

    private static String display(String file) {
        Path p = Path.of(file);
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : file;
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }
}
