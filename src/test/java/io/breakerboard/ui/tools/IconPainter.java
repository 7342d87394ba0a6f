package io.breakerboard.ui.tools;

import io.breakerboard.ui.charts.ImageCapture;
import io.breakerboard.ui.charts.PngFiles;
import java.nio.file.Path;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the application icon, {@code assets/icons/breakerboard.png}: a dark tile with three bars of a chart and a
 * breaker's lightning bolt. Run once after changing the drawing, and commit the PNG:
 * {@code mvn -o test -Dtest=IconPainter -Dbreakerboard.paintIcon=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "breakerboard.paintIcon", matches = "true")
class IconPainter {
    private static final int SIZE = 256;

    @Test
    void paint() throws Exception {
        ImageCapture image = WaitForAsyncUtils.asyncFx(IconPainter::draw).get();
        PngFiles.write(image, Path.of("assets", "icons", "breakerboard.png"));
    }

    private static ImageCapture draw() {
        Canvas canvas = new Canvas(SIZE, SIZE);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, SIZE, SIZE);
        g.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#24344a")), new Stop(1, Color.web("#121a24"))));
        g.fillRoundRect(8, 8, SIZE - 16, SIZE - 16, 56, 56);

        double base = 200;
        double[][] bars = {{48, 70}, {100, 110}, {152, 150}};
        Color[] colours = {Color.web("#3fbf74"), Color.web("#f0a830"), Color.web("#f05555")};
        for (int i = 0; i < bars.length; i++) {
            g.setFill(colours[i]);
            g.fillRoundRect(bars[i][0], base - bars[i][1], 40, bars[i][1], 10, 10);
        }

        g.setStroke(Color.WHITE);
        g.setFill(Color.WHITE);
        g.setLineWidth(6);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        double[] xs = {150, 104, 134, 110, 170, 138};
        double[] ys = {32, 112, 112, 176, 90, 90};
        g.fillPolygon(xs, ys, xs.length);
        g.setStroke(Color.web("#121a24"));
        g.setLineWidth(4);
        g.strokePolygon(xs, ys, xs.length);

        g.setStroke(Color.web("#9aa6b4"));
        g.setLineWidth(5);
        g.strokeLine(36, base + 12, SIZE - 36, base + 12);

        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return ImageCapture.of(canvas.snapshot(params, null));
    }
}
