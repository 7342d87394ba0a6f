package io.breakerboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Tells each tab's {@link Page} what happens to it, from one place: the tab pane's selection (shown, hidden), a
 * tab leaving the pane (closed) and the window closing (every page closed). FX thread.
 */
public final class TabPages {
    private final TabPane tabs;
    private final Map<Tab, Page> pages = new LinkedHashMap<>();
    private boolean closed;

    public TabPages(TabPane tabs) {
        this.tabs = tabs;
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old != null) {
                page(old).hidden();
            }
            if (now != null) {
                page(now).shown();
            }
        });
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) change -> {
            while (change.next()) {
                for (Tab gone : change.getRemoved()) {
                    if (!tabs.getTabs().contains(gone)) {
                        Page page = pages.remove(gone);
                        if (page != null) {
                            page.closed();
                        }
                    }
                }
            }
        });
    }

    /** Gives a tab its page; a tab selected already is shown at once. */
    public void put(Tab tab, Page page) {
        if (closed) {
            page.closed();
            return;
        }
        pages.put(tab, page);
        if (tabs.getSelectionModel().getSelectedItem() == tab) {
            page.shown();
        }
    }

    private Page page(Tab tab) {
        return pages.getOrDefault(tab, Page.NONE);
    }

    /** Closes every page, e.g. as the window goes; pages given afterwards are closed at once. */
    public void closeAll() {
        if (closed) {
            return;
        }
        closed = true;
        List<Page> all = new ArrayList<>(pages.values());
        pages.clear();
        all.forEach(Page::closed);
    }
}
