package io.breakerboard.ui;

import javafx.scene.Scene;

/** What runs once a scene has been laid out, as the frame that shows it is drawn. FX thread. */
final class LayoutPulses {
    private LayoutPulses() {
    }

    /**
     * Runs {@code then} once, after the layout of the pulse under way or, when none is, of the next one; at once
     * when there is no scene to lay out.
     */
    static void afterNextLayout(Scene scene, Runnable then) {
        if (scene == null) {
            then.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
    }
}
