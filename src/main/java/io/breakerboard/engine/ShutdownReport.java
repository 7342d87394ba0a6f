package io.breakerboard.engine;

import java.time.Duration;

/**
 * What closing the engine did with the executions that were running: how many finished within the grace period,
 * how many stopped cleanly at a call boundary (paused: they continue at the next start) and how many were still
 * inside a call when the grace period ran out (cut short: offered for resuming, like after a crash).
 *
 * @param running  executions running when closing began
 * @param finished of those, finished and stored
 * @param paused   of those, stopped at a call boundary with a complete checkpoint
 * @param cut      of those, stopped inside a call
 * @param grace    how long closing waited, on the engine clock
 */
public record ShutdownReport(int running, int finished, int paused, int cut, Duration grace) {

    /** One sentence for the status line, the log or the console. */
    public String describe() {
        if (running == 0) {
            return "The engine stopped; no execution was running.";
        }
        StringBuilder s = new StringBuilder("The engine stopped: of " + running + " running "
                + (running == 1 ? "execution" : "executions") + ", " + finished + " finished");
        s.append(", ").append(paused).append(paused == 1 ? " was" : " were")
                .append(" paused at a call boundary (they continue at the next start)");
        if (cut > 0) {
            s.append(", ").append(cut).append(cut == 1 ? " was" : " were").append(" cut short inside a call after ")
                    .append(grace.toSeconds()).append(" s (offered for resuming)");
        }
        return s.append('.').toString();
    }
}
