package io.breakerboard.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesThePixelsAsPngAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("charts").resolve("cost.png");

        PngFiles.write(ImageCapture.blank(30, 20, 0xff2f6fde), target);

        BufferedImage read = ImageIO.read(target.toFile());
        assertThat(read.getWidth()).isEqualTo(30);
        assertThat(read.getHeight()).isEqualTo(20);
        assertThat(read.getRGB(5, 5)).isEqualTo(0xff2f6fde);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aTargetThatCannotBeWrittenNamesTheFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> PngFiles.write(ImageCapture.blank(2, 2, 0), blocker.resolve("a.png")))
                .hasMessageContaining(blocker.resolve("a.png").toString());
    }
}
