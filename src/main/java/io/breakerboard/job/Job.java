package io.breakerboard.job;

import java.util.concurrent.CompletableFuture;

/**
 * A long piece of work running in the background: import, export, experiment.
 *
 * @param title  what it does, for people ("Importing 3 files")
 * @param result completes with the result, or exceptionally (CancellationException when cancelled)
 * @param cancel asks the work to stop; it stops at its next check and keeps what it finished
 */
public record Job<T>(String title, CompletableFuture<T> result, Runnable cancel) {
}
