package io.breakerboard.cli;

import io.breakerboard.alerts.BreakerStateSource;
import io.breakerboard.ingest.FileSummary;
import io.breakerboard.ingest.ImportListener;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
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
        exitCodeList = {"0:every file was read to the end (rejected records are quarantined)",
                "1:nothing could be imported", "2:the data directory cannot be used",
                "3:some files were imported, but at least one stopped early or was refused"})
final class ImportCommand implements Callable<Integer> {
    /** Exit code when something was imported but a file stopped early or was refused. */
    static final int EXIT_INCOMPLETE = 3;

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
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.location(), components.withFormatsBuiltAhead())) {
            ws.alerting().start(BreakerStateSource.NONE);
            summaries = ws.imports().importPaths(paths, ImportListener.NONE).result().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            spec.commandLine().getErr().println("Import failed: " + ConsoleText.safe(cause.getMessage()));
            return 1;
        }
        if (summaries.isEmpty()) {
            spec.commandLine().getErr().println("No files to import in " + paths + " (hidden files are skipped).");
            return 1;
        }
        print(out, summaries);
        boolean anyRead = summaries.stream().anyMatch(s -> s.ok() || s.recordsRead() > 0);
        if (!anyRead) {
            return 1;
        }
        return summaries.stream().allMatch(FileSummary::ok) ? 0 : EXIT_INCOMPLETE;
    }

    private static void print(PrintWriter out, List<FileSummary> summaries) {
        TextTable table = new TextTable(List.of("FILE", "FORMAT", "READ", "NEW", "DUPLICATES", "UPDATED",
                "QUARANTINED", "STEPS", "SECONDS", "RESULT"), false, false, true, true, true, true, true, true, true,
                false);
        long read = 0, imported = 0, duplicates = 0, updated = 0, quarantined = 0, steps = 0, millis = 0;
        int ok = 0, stopped = 0, refused = 0;
        for (FileSummary s : summaries) {
            table.row(List.of(display(s.file()), s.format() == null ? "-" : s.format(), n(s.recordsRead()),
                    n(s.imported()), n(s.duplicates()), n(s.updated()), n(s.quarantined()), n(s.steps()),
                    seconds(s.elapsed().toMillis()), s.ok() ? "ok" : ConsoleText.safe(s.problem())));
            read += s.recordsRead();
            imported += s.imported();
            duplicates += s.duplicates();
            updated += s.updated();
            quarantined += s.quarantined();
            steps += s.steps();
            millis += s.elapsed().toMillis();
            ok += s.ok() ? 1 : 0;
            stopped += s.stoppedEarly() ? 1 : 0;
            refused += s.refused() ? 1 : 0;
        }
        table.row(List.of("TOTAL", "", n(read), n(imported), n(duplicates), n(updated), n(quarantined), n(steps),
                seconds(millis), ok + " of " + summaries.size() + " files read completely"
                        + (stopped == 0 ? "" : ", " + stopped + " stopped early")
                        + (refused == 0 ? "" : ", " + refused + " refused")));
        table.print(out);
        out.println("READ = NEW + DUPLICATES + UPDATED + QUARANTINED: every record read is stored, skipped as a "
                + "duplicate, replaces a stored execution or is quarantined.");
        List<FileSummary> withMessages = summaries.stream().filter(s -> !s.messages().isEmpty()).toList();
        if (!withMessages.isEmpty()) {
            out.println();
            out.println("Rejected records (the first of each file; all are kept in the quarantine):");
            for (FileSummary s : withMessages) {
                s.messages().forEach(m -> out.println("  " + ConsoleText.safe(m)));
            }
        }
        out.flush();
    }

    private static String display(String file) {
        Path p = Path.of(file);
        Path cwd = Path.of("").toAbsolutePath();
        return ConsoleText.escape(p.startsWith(cwd) ? cwd.relativize(p).toString() : file);
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }
}
