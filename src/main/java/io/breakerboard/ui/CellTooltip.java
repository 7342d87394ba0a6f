package io.breakerboard.ui;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * The tooltip of a table row or cell. A {@link Tooltip} builds a popup window with a scene of its own: one per
 * cell update took most of the FX thread's time while the dashboard refreshed under a live feed, and one per cell
 * still took a tenth of the window's launch (a tooltip for each of some 150 cells). So every cell shares one
 * tooltip, which takes the text of the cell it shows for as it shows. FX thread.
 */
public final class CellTooltip {
    private static final String TEXT = CellTooltip.class.getName() + ".text";
    private static Tooltip shared;

    private final Control owner;

    public CellTooltip(Control owner) {
        this.owner = owner;
    }

    /** Shows {@code text} on hover; null or empty text takes the tooltip away. */
    public void show(String text) {
        if (text == null || text.isEmpty()) {
            owner.getProperties().remove(TEXT);
            owner.setTooltip(null);
            return;
        }
        owner.getProperties().put(TEXT, text);
        Tooltip tooltip = shared();
        if (owner.getTooltip() != tooltip) {
            owner.setTooltip(tooltip);
        }
    }

    /** The text the tooltip of {@code cell} shows on hover, or null when it has none. */
    public static String textOf(Control cell) {
        return cell.getTooltip() == null ? null : (String) cell.getProperties().get(TEXT);
    }

    private static Tooltip shared() {
        if (shared == null) {
            Tooltip tooltip = new Tooltip();
            tooltip.setOnShowing(e -> {
                Node cell = tooltip.getOwnerNode();
                Object text = cell == null ? null : cell.getProperties().get(TEXT);
                tooltip.setText(text == null ? "" : text.toString());
            });
            shared = tooltip;
        }
        return shared;
    }
}
