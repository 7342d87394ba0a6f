package io.breakerboard.ui.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes captured pixels as PNG. Runs off the FX thread: encoding a large window takes a noticeable moment. */
public final class PngFiles {
    private PngFiles() {
    }

    /** Writes the file through a temporary sibling, so a reader never sees half a PNG. */
    public static Path write(ImageCapture capture, Path target) {
        BufferedImage image = new BufferedImage(capture.width(), capture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, capture.width(), capture.height(), capture.argb(), 0, capture.width());
        Path absolute = target.toAbsolutePath();
        try {
            Path dir = absolute.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path temp = Files.createTempFile(dir, ".breakerboard-", ".png");
            try {
                if (!ImageIO.write(image, "png", temp.toFile())) {
                    throw new IOException("this Java runtime has no PNG writer");
                }
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + absolute + ": " + e.getMessage()
                    + " (check that the folder exists and is writable)", e);
        }
    }
}
