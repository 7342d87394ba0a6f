package io.breakerboard;

import io.breakerboard.cli.Cli;

/**
 * Entry point. With a sub-command ({@code import}, {@code report}, {@code export}, …) it runs the command line;
 * without one it opens the window.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
