package io.breakerboard.ui.charts;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * The pixels of a node or scene, taken on the FX thread (the only step that must run there) and handed to a
 * background thread for encoding.
 *
 * @param argb pixels row by row, {@code 0xAARRGGBB}
 */
public record ImageCapture(int width, int height, int[] argb) {

    /** Snapshot of a node as drawn now. FX thread only. */
    public static ImageCapture of(Node node) {
        return of(node.snapshot(new SnapshotParameters(), null));
    }

    /** Snapshot of a whole scene. FX thread only. */
    public static ImageCapture of(Scene scene) {
        return of(scene.snapshot(null));
    }

    /** The pixels of an image. */
    public static ImageCapture of(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return new ImageCapture(w, h, pixels);
    }

    /** A blank capture, for tests of the writer. */
    public static ImageCapture blank(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, argb);
        return new ImageCapture(width, height, pixels);
    }
}
