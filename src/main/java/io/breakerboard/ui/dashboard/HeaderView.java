package io.breakerboard.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line above the dashboard: {@code Last 24 h: N executions | S% success | $C}, throughput, P95, error rate,
 * alerts firing, anomalies. Numbers never elide: when the window is narrow the range's name shortens first, then
 * the headline's words ({@code N runs | S% ok | $C}); its minimum width is that of the short words, so the header
 * never pushes the window's content past its right edge.
 */
final class HeaderView extends HBox {
    private final Label range = new Label();
    private final Label headline = new Label();
    private final HBox title;
    private final DashboardViewModel vm;

    HeaderView(DashboardViewModel vm, ObservableIntegerValue firingAlerts, ObservableIntegerValue anomalies) {
        this.vm = vm;
        // create parts
        range.setId("headline-range");
        range.getStyleClass().add("headline");
        range.setMinWidth(0);
        headline.setId("headline");
        headline.getStyleClass().add("headline");

        Label p95 = chip("p95");
        Label errors = chip("error-rate");
        Label rate = chip("throughput");
        rate.setTooltip(new javafx.scene.control.Tooltip(AgentTableView.THROUGHPUT_EXPLANATION));
        Label alerts = chip("alerts-firing");
        Label odd = chip("anomalies");
        odd.setTooltip(new javafx.scene.control.Tooltip(
                "Single executions past a limit: too many iterations, too costly, too long, tool failures, repeated calls"));
        Region spacer = new Region();

        // lay out
        getStyleClass().add("header");
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title = new HBox(range, headline);
        title.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        getChildren().addAll(title, spacer, rate, p95, errors, alerts, odd);

        // bind
        vm.rangeLabelProperty().addListener(o -> requestLayout());
        vm.shortRangeLabelProperty().addListener(o -> requestLayout());
        // The headline follows the figures at once; the layout may then swap in the shorter words.
        vm.figuresProperty().addListener(o -> showFigures());
        vm.compactFiguresProperty().addListener(o -> showFigures());
        showFigures();
        p95.textProperty().bind(Bindings.concat("P95 ", vm.p95Property()));
        errors.textProperty().bind(Bindings.concat("errors ", vm.errorRateProperty()));
        rate.textProperty().bind(vm.throughputProperty());
        alerts.textProperty().bind(Bindings.createStringBinding(
                () -> firingAlerts.get() == 1 ? "1 alert firing" : firingAlerts.get() + " alerts firing", firingAlerts));
        odd.textProperty().bind(Bindings.createStringBinding(
                () -> anomalies.get() == 1 ? "1 anomaly" : anomalies.get() + " anomalies", anomalies));
        odd.visibleProperty().bind(Bindings.createBooleanBinding(() -> anomalies.get() > 0, anomalies));
        odd.managedProperty().bind(odd.visibleProperty());
        firingAlerts.addListener((obs, old, now) -> alerts.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("firing"), now.intValue() > 0));
    }

    /**
     * The headline in the words that fit ({@link #showFigures()}), then the range's whole name when it fits beside the
     * rest, else its button's name.
     */
    @Override
    protected void layoutChildren() {
        double chips = showFigures();
        String full = vm.rangeLabelProperty().get() + ": ";
        double taken = chips + headline.prefWidth(-1);
        String text = getWidth() <= 0 || textWidth(full, range.getFont()) <= getWidth() - taken ? full
                : vm.shortRangeLabelProperty().get() + ": ";
        if (!text.equals(range.getText())) {
            range.setText(text);
        }
        super.layoutChildren();
    }

    /**
     * Shows the figures in whole words when they fit beside the chips at the header's width (or before it has one),
     * else in the short words, whose width is the headline's minimum.
     *
     * @return the width the header's other parts take
     */
    private double showFigures() {
        double chips = snappedLeftInset() + snappedRightInset() + range.snappedLeftInset() + range.snappedRightInset();
        int shown = 0;
        for (javafx.scene.Node n : getChildren()) {
            if (n.isManaged()) {
                shown++;
                if (n != title) {
                    chips += n.prefWidth(-1);
                }
            }
        }
        chips += getSpacing() * Math.max(0, shown - 1);
        String words = vm.figuresProperty().get();
        String compact = vm.compactFiguresProperty().get();
        double padding = headline.snappedLeftInset() + headline.snappedRightInset();
        headline.setMinWidth(textWidth(compact, headline.getFont()) + padding);
        String figures = getWidth() <= 0 || textWidth(words, headline.getFont()) + padding <= getWidth() - chips ? words
                : compact;
        if (!figures.equals(headline.getText())) {
            headline.setText(figures);
        }
        return chips;
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private static Label chip(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("chip");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    Label range() {
        return range;
    }

    Label headline() {
        return headline;
    }
}
