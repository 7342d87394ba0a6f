package io.breakerboard.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the connection pool's and the migrations' start-up chatter out of the console; warnings still show. */
public final class LibraryLogging {
    // Held so the settings stay: java.util.logging keeps loggers only weakly.
    private static final Logger[] QUIET = {Logger.getLogger("com.zaxxer.hikari"), Logger.getLogger("org.flywaydb")};

    private LibraryLogging() {
    }

    public static void quiet() {
        for (Logger l : QUIET) {
            l.setLevel(Level.WARNING);
        }
    }
}
