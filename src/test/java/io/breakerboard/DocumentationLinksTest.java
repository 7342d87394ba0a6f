package io.breakerboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link of the README and the docs leads to a file of the project. */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkLeadsToAFile() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("bench/README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String link = m.group(1);
                if (link.startsWith("#") || link.matches("^[a-z]+:.*")) {
                    continue;
                }
                String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                Path target = page.resolveSibling(file).normalize();
                if (!Files.exists(target)) {
                    broken.add(page + " -> " + link);
                }
            }
        }

        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(broken).isEmpty();
    }
}
