package io.breakerboard.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * The tooltip of a table row or cell, made once and given new text as the cell shows other items. A new
 * {@link Tooltip} builds a popup window with a scene of its own: made on every cell update, it took most of the
 * FX thread's time while the dashboard refreshed under a live feed.
 */
public final class CellTooltip {
    private final Control owner;
    private Tooltip tooltip;

    public CellTooltip(Control owner) {
        this.owner = owner;
    }

    /** Shows {@code text} on hover; null or empty text takes the tooltip away. */
    public void show(String text) {
        if (text == null || text.isEmpty()) {
            owner.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(text);
        if (owner.getTooltip() != tooltip) {
            owner.setTooltip(tooltip);
        }
    }
}
