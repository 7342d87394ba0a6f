package io.breakerboard.ui;

/**
 * What a tab's content is told about its life: shown when its tab is selected, hidden when another tab is, and
 * closed once, when its tab or the window closes. {@link TabPages} is the one place that tells it, so every
 * tab follows the same rules (a poller runs while its page shows).
 */
public interface Page {
    /** Does nothing on any event: for tabs whose content needs no telling. */
    Page NONE = new Page() {
    };

    default void shown() {
    }

    default void hidden() {
    }

    default void closed() {
    }

    /** A page built from three actions; pass {@code () -> { }} for the ones not needed. */
    static Page of(Runnable shown, Runnable hidden, Runnable closed) {
        return new Page() {
            @Override
            public void shown() {
                shown.run();
            }

            @Override
            public void hidden() {
                hidden.run();
            }

            @Override
            public void closed() {
                closed.run();
            }
        };
    }
}
