package io.breakerboard.ui.charts;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A chart's legend drawn by us rather than chartfx, so that it can stand beside the plot: chartfx 11.3.1 lays a
 * legend moved to the side out at 400 px tall and cuts the chart's axis. Rows under the plot while they leave it
 * room, columns beside it when not; long names are shortened ({@link ShortNames}: start and end kept, still told
 * apart) until the legend fits, and an entry's tooltip gives its full name ({@link #place}).
 */
public final class SeriesLegend extends FlowPane {
    /** One entry: the series' name and the style class that gives its colour; filled for bars and areas. */
    public record Entry(String name, String styleClass, boolean filled) {
    }

    /** Where the legend goes. */
    public enum Placement { BELOW, BESIDE }

    /** Widths (px) a name may take, tried in turn: whole first, then ever shorter. */
    private static final double[] NAME_ROOMS = {Double.POSITIVE_INFINITY, 220, 160, 120, 90, 64};
    /** The swatch, the gap after it and a pixel of rounding: what an entry takes beside its name. */
    private static final double SWATCH_AND_GAP = 20;

    private List<Entry> shown = List.of();
    private double nameRoom = Double.POSITIVE_INFINITY;
    /** The entries' font as last measured, and the one the shown names were fitted with. */
    private Font font;
    private Font builtWith;

    public SeriesLegend() {
        getStyleClass().add("series-legend");
        setHgap(8);
        setVgap(1);
    }

    /** Shows these entries, in order. FX thread. */
    public void show(List<Entry> entries) {
        if (entries.equals(shown)) {
            return;
        }
        shown = List.copyOf(entries);
        rebuild();
    }

    /**
     * Lays the legend out for a chart of {@code width} × {@code height} px whose x axis takes {@code axisHeight}
     * under the plot, so that the plot keeps at least {@code minPlotHeight} × {@code minPlotWidth}: rows below with whole names if they fit,
     * else rows with shorter names, else columns beside the plot, names again shortened as far as needed.
     */
    public Placement place(double width, double height, double axisHeight, double minPlotHeight, double minPlotWidth) {
        font = itemFont();
        double column = Math.max(height - 8, 0);
        for (double room : NAME_ROOMS) {
            List<String> names = names(room);
            if (height - axisHeight - heightInRows(names, width) >= minPlotHeight) {
                shortenTo(room);
                arrange(Orientation.HORIZONTAL, width);
                return Placement.BELOW;
            }
            if (width - widthInColumns(names, column) >= minPlotWidth) {
                shortenTo(room);
                arrange(Orientation.VERTICAL, column);
                return Placement.BESIDE;
            }
        }
        shortenTo(NAME_ROOMS[NAME_ROOMS.length - 1]);
        arrange(Orientation.VERTICAL, column);
        return Placement.BESIDE;
    }

    /** The names as shown, in order: whole or shortened. */
    List<String> shownNames() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private List<String> names(double room) {
        return ShortNames.fit(shown.stream().map(Entry::name).toList(), room, this::textWidth);
    }

    /** Shows the names fitted to {@code room}; rebuilt only when that or the font changed. */
    private void shortenTo(double room) {
        if (room == nameRoom && Objects.equals(font, builtWith)) {
            return;
        }
        nameRoom = room;
        rebuild();
    }

    private void rebuild() {
        builtWith = font;
        List<String> names = names(nameRoom);
        List<Node> items = new java.util.ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            items.add(item(shown.get(i), names.get(i)));
        }
        getChildren().setAll(items);
    }

    private static Node item(Entry e, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", e.filled() ? "filled" : "line");
        if (e.styleClass() != null) {
            swatch.getStyleClass().add(e.styleClass());
        }
        Label label = new Label(text, swatch);
        label.getStyleClass().add("series-legend-item");
        label.setMinWidth(Region.USE_PREF_SIZE);
        // The full name on hover, shortened or not, so that every entry reads the same way.
        label.setTooltip(new Tooltip(e.name()));
        label.setAccessibleText(e.name());
        return label;
    }

    /**
     * The font entries are drawn in: a styled entry's; while none is (new entries), the one last seen, and before
     * any the default (which is larger).
     */
    private Font itemFont() {
        for (Node n : getChildren()) {
            if (n instanceof Label l && l.getSkin() != null) {
                return l.getFont();
            }
        }
        return font == null ? Font.getDefault() : font;
    }

    private double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(font == null ? Font.getDefault() : font);
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private double itemWidth(String name) {
        return SWATCH_AND_GAP + textWidth(name);
    }

    private double itemHeight() {
        Text t = new Text("Ag");
        t.setFont(font == null ? Font.getDefault() : font);
        return Math.ceil(t.getLayoutBounds().getHeight());
    }

    /** The height {@code names} take in rows across {@code width}. */
    double heightInRows(List<String> names, double width) {
        double x = 0;
        double height = 0;
        double row = itemHeight();
        double room = width - snappedLeftInset() - snappedRightInset();
        boolean any = false;
        for (String name : names) {
            double w = itemWidth(name);
            if (x > 0 && x + w > room) {
                height += row + getVgap();
                x = 0;
            }
            x += w + getHgap();
            any = true;
        }
        return any ? height + row + snappedTopInset() + snappedBottomInset() : 0;
    }

    /** The width {@code names} take in columns {@code height} px tall. */
    double widthInColumns(List<String> names, double height) {
        double row = itemHeight() + getVgap();
        int perColumn = Math.max(1, (int) ((height - snappedTopInset() - snappedBottomInset() + getVgap()) / row));
        double width = 0;
        for (int start = 0; start < names.size(); start += perColumn) {
            double widest = 0;
            for (String name : names.subList(start, Math.min(names.size(), start + perColumn))) {
                widest = Math.max(widest, itemWidth(name));
            }
            width += widest + getHgap();
        }
        return width + snappedLeftInset() + snappedRightInset();
    }

    /** Rows (horizontal) or columns (vertical) wrapping at {@code length} px. */
    private void arrange(Orientation orientation, double length) {
        if (getOrientation() != orientation) {
            setOrientation(orientation);
        }
        setPrefWrapLength(length);
    }
}
