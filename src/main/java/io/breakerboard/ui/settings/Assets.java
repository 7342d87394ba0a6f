package io.breakerboard.ui.settings;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the files of {@code assets/}: on the class path first (the build copies them there, so {@code java -jar}
 * works from any folder), else in {@code assets/} under the working directory (running from the sources).
 */
public final class Assets {
    private static final String BASE_CSS = "css/breakerboard.css";
    private static final String ENGINE_CSS = "css/engine.css";
    public static final String ICON = "icons/breakerboard.png";

    private Assets() {
    }

    /** The URL of an asset, e.g. {@code css/dark.css}. */
    public static URL find(String relative) {
        URL onClassPath = Assets.class.getResource("/assets/" + relative);
        if (onClassPath != null) {
            return onClassPath;
        }
        Path file = Path.of("assets").resolve(relative);
        if (Files.isRegularFile(file)) {
            try {
                return file.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("cannot name " + file.toAbsolutePath() + " as a URL", e);
            }
        }
        throw new IllegalStateException("asset " + relative + " is missing: it is neither on the class path under /assets nor at "
                + file.toAbsolutePath() + "; rebuild with mvn package or start from the project folder");
    }

    /** Style sheets for a theme: base and panels first, the theme's colours last. */
    public static List<String> stylesheets(Theme theme) {
        return List.of(find(BASE_CSS).toExternalForm(), find(ENGINE_CSS).toExternalForm(),
                find("css/" + theme.stylesheet()).toExternalForm());
    }
}
