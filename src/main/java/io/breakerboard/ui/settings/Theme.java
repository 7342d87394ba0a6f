package io.breakerboard.ui.settings;

import java.util.Locale;

/** The window's look. Both themes share {@code breakerboard.css}; each adds its colours. */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    String stylesheet() {
        return stylesheet;
    }

    /** {@code light} or {@code dark}, as given on the command line. */
    public static Theme parse(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + name + "': use light or dark");
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
