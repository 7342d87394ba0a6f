package io.breakerboard.alerts;

import io.breakerboard.model.Alert;

/**
 * Told of every alert transition, one at a time and in the order they happened, outside the engine's lock:
 * usually on the thread that caused it (an evaluation, an inspected execution or an acknowledgement), otherwise on
 * the thread already delivering. It may call back into the engine. Keep it short; hand long work to another thread.
 */
@FunctionalInterface
public interface AlertListener {

    /**
     * @param transition what happened
     * @param alert      the alert as it is after the change
     */
    void onTransition(AlertTransition transition, Alert alert);
}
