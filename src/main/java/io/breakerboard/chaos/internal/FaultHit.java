package io.breakerboard.chaos.internal;

import io.breakerboard.chaos.FaultKind;

/**
 * One call a fault changed.
 *
 * @param faultId      the fault
 * @param kind         what it did
 * @param target       the tool or model called
 * @param agent        the agent instance calling
 * @param executionKey the execution the call belongs to
 * @param attempt      the attempt number of the call
 */
public record FaultHit(String faultId, FaultKind kind, String target, String agent, String executionKey, int attempt) {
}
