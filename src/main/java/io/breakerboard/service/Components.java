package io.breakerboard.service;

import io.breakerboard.ingest.LogFormat;
import io.breakerboard.metrics.Metrics;
import io.breakerboard.model.Execution;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The parts a workspace is built from that other packages provide. The composition root ({@code App}) makes
 * one and hands it to the command line and the window; nothing here is global.
 *
 * @param metrics       makes the metrics of one workspace (a fresh instance per open)
 * @param formats       every log format, in the order detection breaks ties
 * @param redaction     masks secrets in an execution before it is stored
 * @param textRedaction masks secrets in free text (quarantined records, report cells)
 * @param clock         time for import stamps, relative report ranges and elapsed times
 * @param tailInterval  how often followed files are polled
 */
public record Components(Supplier<Metrics> metrics, Supplier<List<LogFormat>> formats,
                         UnaryOperator<Execution> redaction, UnaryOperator<String> textRedaction,
                         Clock clock, Duration tailInterval) {
    public static final Duration DEFAULT_TAIL_INTERVAL = Duration.ofSeconds(1);

    public Components {
        Objects.requireNonNull(metrics, "metrics: pass the Metrics implementation's constructor, e.g. RollupMetrics::new");
        Objects.requireNonNull(formats, "formats: pass Formats::all");
        Objects.requireNonNull(redaction, "redaction: pass redactor::redact");
        Objects.requireNonNull(textRedaction, "textRedaction: pass redactor::redact");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tailInterval, "tailInterval");
    }

    /**
     * These components with the formats being built from now on, on another core, for a process that imports as
     * soon as its workspace is open (the {@code import} command): building them is a third of a second of class
     * loading in a fresh process, which then runs beside the store's opening instead of after it. A window builds
     * them when its first file comes instead, so they take no core from its launch.
     */
    public Components withFormatsBuiltAhead() {
        CompletableFuture<List<LogFormat>> ahead = CompletableFuture.supplyAsync(formats);
        return new Components(metrics, () -> {
            try {
                return ahead.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }, redaction, textRedaction, clock, tailInterval);
    }

    /** With the system clock and a one-second tail interval. */
    public static Components of(Supplier<Metrics> metrics, Supplier<List<LogFormat>> formats,
                                UnaryOperator<Execution> redaction, UnaryOperator<String> textRedaction) {
        return new Components(metrics, formats, redaction, textRedaction, Clock.systemUTC(), DEFAULT_TAIL_INTERVAL);
    }
}
