package io.breakerboard.chaos.internal;

/**
 * A probe judged on one phase.
 *
 * @param actual   the measured value with its basis, for people
 * @param deviated true when outside the tolerance (or when nothing could be measured where something should)
 * @param fix      what to change when deviated; empty otherwise
 */
public record ProbeResult(String actual, boolean deviated, String fix) {
    static ProbeResult held(String actual) {
        return new ProbeResult(actual, false, "");
    }
}
