package io.breakerboard.chaos;

import java.time.Instant;

/**
 * A fault starting or ending, for the fault timeline and the markers on the charts' time axis.
 *
 * @param faultId the fault
 * @param spec    what it did
 * @param origin  {@code manual} or {@code experiment <name>}
 * @param type    started or ended
 * @param at      engine-clock time: for a fault that rolled back by itself, its scheduled end
 * @param reason  for an end: why it ended; null for a start
 * @param hits    calls it changed up to this event (a call already inside the fault when it ends may finish
 *                after the event and is not counted here)
 */
public record FaultEvent(String faultId, FaultSpec spec, String origin, Type type, Instant at, EndReason reason,
                         long hits) {

    /** Start or end. */
    public enum Type {
        STARTED,
        ENDED
    }

    /** Why a fault ended. */
    public enum EndReason {
        /** Its duration was over: automatic rollback. */
        EXPIRED,
        /** Removed by hand. */
        REMOVED,
        /** "Stop all faults". */
        STOPPED_ALL,
        /** Its experiment finished, was aborted or cancelled. */
        ROLLED_BACK
    }
}
