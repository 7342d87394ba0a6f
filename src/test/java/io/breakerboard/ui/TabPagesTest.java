package io.breakerboard.ui;

import static io.breakerboard.ui.testing.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Each tab's page hears what happens to its tab, once and in order. */
@ExtendWith(ApplicationExtension.class)
class TabPagesTest {
    private final List<String> heard = new ArrayList<>();

    private Page page(String name) {
        return Page.of(() -> heard.add(name + " shown"), () -> heard.add(name + " hidden"), () -> heard.add(name + " closed"));
    }

    @Test
    void selectionShowsAndHidesClosingATabClosesItsPageAndClosingAllClosesTheRest() throws Exception {
        List<String> result = onFx(() -> {
            TabPane pane = new TabPane();
            TabPages pages = new TabPages(pane);
            Tab first = new Tab("first");
            Tab second = new Tab("second");
            pane.getTabs().addAll(first, second);
            pages.put(first, page("first"));
            pages.put(second, page("second"));
            pane.getSelectionModel().select(second);
            pane.getTabs().remove(second);
            pages.closeAll();
            pages.closeAll();
            Tab late = new Tab("late");
            pages.put(late, page("late"));
            return List.copyOf(heard);
        });

        assertThat(result).containsExactly("first shown", "first hidden", "second shown",
                "second hidden", "first shown", "second closed", "first closed", "late closed");
    }
}
