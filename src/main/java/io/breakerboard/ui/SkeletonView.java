package io.breakerboard.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The window's outline while the store opens: the menu bar, the header line, four empty panels and the status
 * bar, in the theme's colours, so the first frame is the window's shape instead of a blank one. Cheap to build:
 * plain regions and labels, no charts, no tables.
 */
final class SkeletonView extends BorderPane {
    static final String OPENING = "Opening the data directory…";

    SkeletonView() {
        // create parts
        MenuBar menu = new MenuBar();
        for (String name : new String[] {"File", "View", "Chaos", "Help"}) {
            Menu m = new Menu(name);
            m.setDisable(true);
            menu.getMenus().add(m);
        }
        Label headline = new Label("Loading…");
        headline.getStyleClass().add("headline");
        HBox header = new HBox(headline);
        GridPane panels = new GridPane();
        for (int i = 0; i < 4; i++) {
            Region panel = new Region();
            panel.getStyleClass().addAll("panel", "skeleton-panel");
            GridPane.setHgrow(panel, Priority.ALWAYS);
            GridPane.setVgrow(panel, Priority.ALWAYS);
            panels.add(panel, i % 2, i / 2);
        }
        Label status = new Label(OPENING);
        status.setId("skeleton-status");
        HBox statusBar = new HBox(status);

        // lay out
        setId("skeleton");
        getStyleClass().add("main-view");
        header.getStyleClass().add("header");
        statusBar.getStyleClass().add("status-bar");
        panels.setHgap(8);
        panels.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            panels.getColumnConstraints().add(half);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            panels.getRowConstraints().add(row);
        }
        VBox center = new VBox(8, header, panels);
        VBox.setVgrow(panels, Priority.ALWAYS);
        center.setStyle("-fx-padding: 8;");
        setTop(menu);
        setCenter(center);
        setBottom(statusBar);
    }
}
