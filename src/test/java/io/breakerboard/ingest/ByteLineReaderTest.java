package io.breakerboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

    @Test
    void endsLinesAsTheTextReaderDoes() throws IOException {
        String content = "\uFEFFfirst\r\nsecond\rthird\n\nlast without end";

        assertThat(byteLines(content)).containsExactly("1:first", "2:second", "3:third", "4:", "5:last without end");
        assertThat(byteLines(content)).isEqualTo(textLines(content));
    }

    @Test
    void aLineLongerThanTheBufferComesBackWhole() throws IOException {
        String longLine = "é".repeat(700_000) + "x";
        String content = "a\n" + longLine + "\r\nb";

        assertThat(byteLines(content)).containsExactly("1:a", "2:" + longLine, "3:b");
    }

    @Test
    void blankMeansOnlyWhiteSpace() throws IOException {
        List<Boolean> blank = new ArrayList<>();
        try (ByteLineReader lines = LogSource.of("t", " \t\n\u2003\n x\n\n").openByteLines()) {
            while (lines.next()) {
                blank.add(lines.isBlank());
            }
        }
        assertThat(blank).containsExactly(true, true, false, true);
    }

    private static List<String> byteLines(String content) throws IOException {
        List<String> out = new ArrayList<>();
        try (ByteLineReader lines = LogSource.of("t", content).openByteLines()) {
            while (lines.next()) {
                out.add(lines.lineNumber() + ":" + lines.text());
            }
        }
        return out;
    }

    private static List<String> textLines(String content) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader lines = LogSource.of("t", content).openLines()) {
            String line;
            while ((line = lines.next()) != null) {
                out.add(lines.lineNumber() + ":" + line);
            }
        }
        return out;
    }
}
