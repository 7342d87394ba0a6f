package io.breakerboard;

import io.breakerboard.cli.Cli;
import io.breakerboard.cli.LibraryLogging;
import io.breakerboard.demo.SampleLogGenerator;
import io.breakerboard.ingest.format.Formats;
import io.breakerboard.metrics.RollupMetrics;
import io.breakerboard.model.Redactor;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import io.breakerboard.service.StoreLocation;
import io.breakerboard.service.StoreSettings;
import io.breakerboard.store.Database;
import io.breakerboard.store.StoreException;
import io.breakerboard.ui.BreakerboardApplication;
import io.breakerboard.ui.UiOptions;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Entry point and composition root: wires the core by constructor. With a sub-command ({@code import},
 * {@code report}, {@code export}, {@code generate}, {@code engine}, {@code chaos}, {@code serve}) or {@code --help}/{@code --version} it runs the command line;
 * otherwise it opens the window on the data directory ({@code --data-dir DIR}, default {@code ~/.breakerboard}).
 */
public final class App {
    static final Set<String> COMMAND_LINE = Set.of("import", "report", "export", "generate", "engine", "chaos", "lab",
            "deliveries",
            "serve", "help", "-h", "--help", "-V", "--version");

    private App() {
    }

    /** Where a first run writes its demo logs, inside the data directory. */
    static final String DEMO_LOGS = "demo-logs";

    public static void main(String[] args) {
        Components components = Components.of(RollupMetrics::new, Formats::all,
                Redactor.DEFAULT::redact, Redactor.DEFAULT::redact);
        if (args.length > 0 && COMMAND_LINE.contains(args[0])) {
            System.exit(Cli.run(args, components));
        }
        System.exit(openWindow(args, components));
    }

    private static int openWindow(String[] args, Components components) {
        java.util.OptionalInt onModulePath = ModulePathRelaunch.runIfOnClassPath(args);
        if (onModulePath.isPresent()) {
            return onModulePath.getAsInt();
        }
        LibraryLogging.quiet();
        UiOptions options;
        try {
            options = UiOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Path dataDir = dataDir(args);
        StoreLocation location;
        try {
            location = storeLocation(args, dataDir);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (location.team().isEmpty()) {
            // Written by the window on a first run, beside the launch: running the engine for three days of traffic
            // takes seconds, which the window spends showing itself instead of a blank screen.
            options = options.withDemoLogs(new UiOptions.DemoLogs(dataDir.resolve(DEMO_LOGS), folder ->
                    new SampleLogGenerator(SampleLogGenerator.DEFAULT_SEED, components.clock().instant())
                            .writeSampleLogs(folder)));
        }
        // The database opens while the toolkit starts; the window waits for it.
        CompletableFuture<LocalWorkspace> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                LocalWorkspace workspace = WorkspaceAssembler.open(location, components);
                // The window is built while the alerts start (reading the stored ones).
                workspace.handOverThenStartAlerts(() -> opening.complete(workspace));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "breakerboard-open");
        opener.setDaemon(true);
        opener.start();
        try {
            return BreakerboardApplication.launch(args, () -> join(opening), options);
        } catch (StoreException e) {
            System.err.println(e.getMessage());
            return Cli.EXIT_DATA_DIR;
        }
    }

    private static LocalWorkspace join(CompletableFuture<LocalWorkspace> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The window's store: {@code --database} when given, else the one chosen in the window's settings (saved in the
     * data directory), else the data directory's embedded store.
     *
     * @throws IllegalArgumentException naming the address or the settings file and what is wrong
     */
    static StoreLocation storeLocation(String[] args, Path dataDir) {
        String database = option(args, "--database");
        return StoreLocation.of(dataDir, database != null ? database : StoreSettings.savedIn(dataDir).orElse(null));
    }

    private static Path dataDir(String[] args) {
        String given = option(args, "--data-dir");
        return given == null ? Database.defaultDataDir() : Path.of(given);
    }

    // The value of "--name value" or "--name=value", or null.
    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }
}
