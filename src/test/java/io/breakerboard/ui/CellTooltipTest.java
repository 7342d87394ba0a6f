package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static io.breakerboard.ui.testing.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cells of a table share one tooltip, which shows the whole text of the cell it is shown for. */
@ExtendWith(ApplicationExtension.class)
class CellTooltipTest {
    private Stage side;
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        stage.show();
        table = new TableView<>(FXCollections.observableArrayList("planner-with-a-long-name", "coder", "reviewer"));
        table.getColumns().add(TextColumns.withTooltips("Agent", s -> s, s -> s));
        side = new Stage();
        side.setScene(new Scene(table, 300, 200));
        side.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyCellSharesOneTooltipThatShowsTheHoveredCellsText() throws Exception {
        waitUntil(() -> cells().size() == 3);
        List<TableCell<?, ?>> cells = cells();

        // One popup for the table's cells, not one each (some 150 of them made a tenth of the window's launch).
        assertThat(cells).allSatisfy(c -> assertThat(c.getTooltip()).isSameAs(cells.get(0).getTooltip()));
        assertThat(cells).extracting(CellTooltip::textOf)
                .containsExactly("planner-with-a-long-name", "coder", "reviewer");

        for (TableCell<?, ?> cell : List.of(cells.get(2), cells.get(0))) {
            String shown = onFx(() -> {
                Tooltip tooltip = cell.getTooltip();
                Bounds at = cell.localToScreen(cell.getBoundsInLocal());
                tooltip.show(cell, at.getMinX(), at.getMaxY());
                String text = tooltip.getText();
                tooltip.hide();
                return text;
            });
            assertThat(shown).isEqualTo(cell.getText());
        }
    }

    @Test
    void aCellThatEmptiesLosesItsTooltip() throws Exception {
        waitUntil(() -> cells().size() == 3);
        onFx(() -> table.getItems().setAll("coder") || true);
        waitUntil(() -> cells().size() == 1);

        List<TableCell<?, ?>> empty = onFx(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (TableCell<?, ?>) n).filter(c -> c.getText() == null).collect(java.util.stream.Collectors.<TableCell<?, ?>>toList()));
        assertThat(empty).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getTooltip()).isNull();
            assertThat(CellTooltip.textOf(c)).isNull();
        });
    }

    private List<TableCell<?, ?>> cells() {
        try {
            return textCells();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<TableCell<?, ?>> textCells() throws Exception {
        return onFx(() -> {
            table.applyCss();
            table.layout();
            return table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c
                    && c.getText() != null && c.isVisible()).map(n -> (TableCell<?, ?>) n).collect(java.util.stream.Collectors.<TableCell<?, ?>>toList());
        });
    }
}
