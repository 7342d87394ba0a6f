package io.breakerboard.cli;

import io.breakerboard.service.Components;
import io.breakerboard.service.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line: the same core as the window, for scripts, CI and benchmarks. */
@Command(name = "breakerboard", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Control room for AI agents in production.")
public final class Cli implements Runnable {
    /** Exit code when the data directory cannot be used (in use by another process, unwritable). */
    public static final int EXIT_DATA_DIR = 2;


    /** Runs the command line with every command, building workspaces from {@code components}. */
    public static int run(String[] args, Components components) {
        return execute(commandLine(components), args);
    }

    /** The full command line, for callers that set its output streams (tests). */
    public static CommandLine commandLine(Components components) {
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand(new ImportCommand(components));
        cl.addSubcommand(new ReportCommand(components));
        cl.addSubcommand(new ExportCommand(components));
        cl.addSubcommand(new GenerateCommand());
        cl.addSubcommand(new ServeCommand(components));
        cl.addSubcommand(new DeliveriesCommand(components));
        CommandLine engine = new CommandLine(new EngineCommand());
        engine.addSubcommand(new EngineRunCommand(components));
        engine.addSubcommand(new EngineUnfinishedCommand(components));
        engine.addSubcommand(new EngineResumeCommand(components));
        cl.addSubcommand(engine);
        CommandLine chaos = new CommandLine(new ChaosCommand());
        chaos.addSubcommand(new ChaosRunCommand(components));
        cl.addSubcommand(chaos);
        CommandLine lab = new CommandLine(new LabCommand());
        lab.addSubcommand(new LabPatternsCommand(components));
        lab.addSubcommand(new LabCostCommand(components));
        lab.addSubcommand(new LabBreakdownCommand(components));
        lab.addSubcommand(new LabReplayCommand(components));
        lab.addSubcommand(new LabRunsCommand(components));
        cl.addSubcommand(lab);
        return configure(cl);
    }

    // A data directory that cannot be used is the user's to fix: say why in one line, not with a stack trace.
    private static CommandLine configure(CommandLine cl) {
        return cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (DataDirectory.isStoreFailure(ex)) {
                line.getErr().println(ConsoleText.safe(ex.getMessage()));
                return EXIT_DATA_DIR;
            }
            throw ex;
        });
    }

    private static int execute(CommandLine cl, String[] args) {
        LibraryLogging.quiet();
        return cl.execute(args);
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"breakerboard " + (v == null ? "dev" : v)};
        }
    }
}
