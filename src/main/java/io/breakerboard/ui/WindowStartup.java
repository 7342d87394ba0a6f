package io.breakerboard.ui;

import io.breakerboard.service.Workspace;
import io.breakerboard.ui.settings.Assets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the window at once and fills it when it can: the skeleton goes on screen first, the workspace opens on
 * its own thread meanwhile, and the real window takes the stage's place once both the skeleton has been laid out
 * for a frame and the workspace is open. Without this the stage stayed blank (plain white) while the store
 * opened and the window was built.
 */
public final class WindowStartup {
    private WindowStartup() {
    }

    /**
     * @param opening   opens the workspace; runs on a new thread, never the FX thread
     * @param fx        the route to the FX thread
     * @param onOpen    builds the window on the stage; FX thread
     * @param onFailure what {@code opening} threw; FX thread
     */
    public static void open(Stage stage, UiOptions options, Supplier<Workspace> opening, FxScheduler fx,
                     Consumer<Workspace> onOpen, Consumer<RuntimeException> onFailure) {
        Scene scene = new Scene(new SkeletonView(), options.width(), options.height());
        scene.getStylesheets().setAll(Assets.stylesheets(options.theme()));
        stage.setScene(scene);
        stage.setTitle("Breakerboard");
        CompletableFuture<Void> laidOut = new CompletableFuture<>();
        LayoutPulses.afterNextLayout(scene, () -> laidOut.complete(null));
        CompletableFuture<Workspace> workspace = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                workspace.complete(opening.get());
            } catch (RuntimeException | Error e) {
                workspace.completeExceptionally(e);
            }
        }, "breakerboard-workspace");
        opener.setDaemon(true);
        opener.start();
        stage.show();
        // Posted after the layout pulse, so the skeleton's frame is rendered before the window is built.
        workspace.thenCombine(laidOut, (w, ignored) -> w).whenComplete((w, failure) -> fx.post(() -> {
            if (failure == null) {
                onOpen.accept(w);
            } else {
                onFailure.accept(unwrap(failure));
            }
        }));
    }

    private static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
    }
}
