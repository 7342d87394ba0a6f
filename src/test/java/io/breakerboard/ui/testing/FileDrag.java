package io.breakerboard.ui.testing;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Drags files from outside the window onto a node, as a file manager would: a robot cannot carry files, so the
 * test builds the drag board and fires the events the scene would deliver. FX thread.
 */
public final class FileDrag {
    private FileDrag() {
    }

    /** Hovers the files over the node and drops them; returns whether the node accepted the drop. */
    public static boolean drop(Node target, List<File> files) {
        Dragboard board = DragboardHelper.createDragboard(new FilesClipboard(files));
        DragboardHelper.setDataAccessRestriction(board, false);
        double x = target.getLayoutBounds().getCenterX();
        double y = target.getLayoutBounds().getCenterY();
        Event.fireEvent(target, new DragEvent(null, target, DragEvent.DRAG_OVER, board, x, y, x, y, TransferMode.COPY,
                null, null, null));
        DragEvent drop = new DragEvent(null, target, DragEvent.DRAG_DROPPED, board, x, y, x, y, TransferMode.COPY,
                null, null, null);
        Event.fireEvent(target, drop);
        return drop.isDropCompleted() || drop.isConsumed();
    }

    /** A drag board holding a list of files. */
    private static final class FilesClipboard implements TKClipboard {
        private final List<File> files;

        FilesClipboard(List<File> files) {
            this.files = List.copyOf(files);
        }

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(java.security.AccessControlContext ctx) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat dataFormat) {
            return DataFormat.FILES.equals(dataFormat) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat dataFormat) {
            return DataFormat.FILES.equals(dataFormat);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
