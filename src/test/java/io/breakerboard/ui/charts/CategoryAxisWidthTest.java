package io.breakerboard.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import java.util.List;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The names of a bar chart's rows read from their first letter, whichever rows fit on the plot. */
@ExtendWith(ApplicationExtension.class)
class CategoryAxisWidthTest {

    @Test
    void theNameAxisReservesTheWidestNameEvenWhenItsRowIsNotShown() throws Exception {
        List<String> names = List.of("code-reviewer", "reconciler", "research-assistant-with-a-long-name");

        double[] widths = WaitForAsyncUtils.asyncFx(() -> {
            XYChart chart = Charts.barChart("", (v, step) -> String.valueOf(v));
            Charts.showCategoriesDownward(chart, names, 19);
            CategoryAxis axis = (CategoryAxis) chart.getYAxis();
            Text widest = new Text(names.get(2));
            widest.setFont(axis.getTickLabelStyle().getFont());
            return new double[] {axis.getMinWidth(), widest.getLayoutBounds().getWidth()};
        }).get();

        assertThat(widths[0]).isGreaterThan(widths[1]);
    }
}
