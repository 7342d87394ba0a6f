package io.breakerboard.alerts;

import io.breakerboard.model.Alert;

/**
 * Told of every alert transition, on the thread that caused it (an evaluation, an inspected execution or an
 * acknowledgement), after the engine has released its lock. Keep it short; hand long work to another thread.
 */
@FunctionalInterface
public interface AlertListener {

    /**
     * @param transition what happened
     * @param alert      the alert as it is after the change
     */
    void onTransition(AlertTransition transition, Alert alert);
}
