package io.breakerboard.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Makes a node accept files and folders dropped on it (the whole window, in practice). */
public final class DropTarget {
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("drag-over");

    private DropTarget() {
    }

    /** Dropped files and folders go to {@code onDrop}; the node shows {@code :drag-over} while files hover. */
    public static void install(Node node, Consumer<List<Path>> onDrop) {
        node.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                node.pseudoClassStateChanged(DRAGGING, true);
                e.consume();
            }
        });
        node.addEventHandler(DragEvent.DRAG_EXITED, e -> node.pseudoClassStateChanged(DRAGGING, false));
        node.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            boolean accepted = board.hasFiles() && !board.getFiles().isEmpty();
            if (accepted) {
                onDrop.accept(board.getFiles().stream().map(File::toPath).toList());
            }
            node.pseudoClassStateChanged(DRAGGING, false);
            e.setDropCompleted(accepted);
            e.consume();
        });
    }
}
