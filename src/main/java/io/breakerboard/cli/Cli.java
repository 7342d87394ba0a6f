package io.breakerboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the same core as the window, for scripts, CI and benchmarks. */
@Command(name = "breakerboard", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Control room for AI agents in production.")
public final class Cli implements Runnable {

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"breakerboard " + (v == null ? "dev" : v)};
        }
    }
}
