package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.TimeRange;
import io.breakerboard.ui.FxScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The time-range selector, the agent filter and the orchestration-pattern filter (several agents or patterns may
 * be ticked), and at its end this month's projected cost under the filter. The projection sits here rather than
 * in the header line, which at 1024 px has no room left for another figure.
 */
final class FilterBar extends HBox {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Duration AGENT_QUIET = Duration.ofMillis(250);

    private final DashboardViewModel vm;
    private final FxScheduler fx;
    private final ToggleGroup ranges = new ToggleGroup();
    private final MenuButton agents = new MenuButton();
    private final Set<String> ticked = new LinkedHashSet<>();
    private final MenuButton patterns = new MenuButton();
    private final Set<String> tickedPatterns = new LinkedHashSet<>();

    FilterBar(DashboardViewModel vm, FxScheduler fx) {
        this.vm = vm;
        this.fx = fx;
        // create parts
        Label rangeLabel = new Label("Range");
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        for (RangeChoice choice : RangeChoice.values()) {
            ToggleButton button = new ToggleButton(choice == RangeChoice.CUSTOM ? "Custom…" : choice.shortLabel());
            button.setId("range-" + choice.name());
            button.setUserData(choice);
            button.setToggleGroup(ranges);
            button.setTooltip(new Tooltip(choice.longLabel()));
            buttons.getChildren().add(button);
        }
        agents.setId("agent-filter");
        patterns.setId("pattern-filter");
        patterns.setTooltip(new Tooltip("Orchestration pattern that ran the execution. Figures for chosen patterns"
                + " are read from the stored executions of the range, as the per-minute rollups are per agent."));
        Label projected = new Label();
        projected.setId("projected-month");
        projected.getStyleClass().add("projection");
        projected.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip formula = new Tooltip();
        projected.setTooltip(formula);
        Region spacer = new Region();

        // lay out
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getStyleClass().add("filter-bar");
        getChildren().addAll(rangeLabel, buttons, new Label("Agents"), agents, new Label("Pattern"), patterns, spacer,
                projected);


        // bind
        projected.textProperty().bind(Bindings.concat("Projected this month ", vm.projectedProperty()));
        formula.textProperty().bind(vm.projectionFormulaProperty());
        vm.specProperty().addListener((obs, old, spec) -> showSpec(spec));
        vm.knownAgents().addListener((ListChangeListener<String>) c -> rebuildAgentMenu());
        vm.knownPatterns().addListener((ListChangeListener<String>) c -> rebuildPatternMenu());
        showSpec(vm.specProperty().get());
        rebuildAgentMenu();
        rebuildPatternMenu();

        // handlers
        ranges.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A range is always chosen: clicking the selected button again keeps it.
                ranges.selectToggle(old);
                return;
            }
            RangeChoice choice = (RangeChoice) now.getUserData();
            if (choice == RangeChoice.CUSTOM) {
                if (vm.specProperty().get().choice() != RangeChoice.CUSTOM) {
                    askCustomRange();
                }
            } else {
                vm.selectRange(choice);
            }
        });
    }

    private void showSpec(FilterSpec spec) {
        ranges.getToggles().stream().filter(t -> t.getUserData() == spec.choice()).findFirst().ifPresent(ranges::selectToggle);
        showTicked(agents, ticked, spec.agents(), "All agents", "agents");
        showTicked(patterns, tickedPatterns, spec.patterns(), "All patterns", "patterns");
    }

    private static void showTicked(MenuButton menu, Set<String> ticked, Set<String> chosen, String all, String plural) {
        ticked.clear();
        ticked.addAll(chosen);
        menu.setText(chosen.isEmpty() ? all : chosen.size() == 1 ? chosen.iterator().next() : chosen.size() + " " + plural);
        menu.getItems().forEach(item -> {
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof CheckBox box && box.getUserData() != null) {
                box.setSelected(ticked.contains((String) box.getUserData()));
            }
        });
    }

    private void rebuildAgentMenu() {
        rebuildMenu(agents, ticked, vm.knownAgents(), "All agents", "No agents yet: import a log", vm::showAgents);
    }

    private void rebuildPatternMenu() {
        rebuildMenu(patterns, tickedPatterns, vm.knownPatterns(), "All patterns", "No patterns known",
                vm::showPatterns);
    }

    private void rebuildMenu(MenuButton menu, Set<String> ticked, List<String> names, String allLabel,
                             String noneLabel, Consumer<Set<String>> show) {
        menu.getItems().clear();
        MenuItem all = new MenuItem(allLabel);
        all.setOnAction(e -> {
            ticked.clear();
            show.accept(Set.of());
        });
        menu.getItems().addAll(all, new SeparatorMenuItem());
        if (names.isEmpty()) {
            MenuItem none = new MenuItem(noneLabel);
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (String name : names) {
            CheckBox box = new CheckBox(name);
            box.setUserData(name);
            box.setSelected(ticked.contains(name));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    ticked.add(name);
                } else {
                    ticked.remove(name);
                }
                Set<String> chosen = Set.copyOf(ticked);
                // Ticking several in a row makes one refresh, not one per tick.
                fx.debounce(menu, AGENT_QUIET, () -> show.accept(chosen));
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            menu.getItems().add(item);
        }
    }

    private void askCustomRange() {
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        TextField from = new TextField(INPUT.format(now.minus(Duration.ofHours(6)).atZone(zone)));
        TextField to = new TextField(INPUT.format(now.atZone(zone)));
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        grid.add(new Label("Local time, yyyy-MM-dd HH:mm"), 1, 2);
        grid.add(problem, 1, 3);

        Dialog<TimeRange> dialog = new Dialog<>();
        dialog.setTitle("Custom range");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Optional<String> error = check(from.getText(), to.getText(), zone);
            error.ifPresent(message -> {
                problem.setText(message);
                e.consume();
            });
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? parse(from.getText(), to.getText(), zone) : null);
        Optional<TimeRange> chosen = dialog.showAndWait();
        if (chosen.isPresent()) {
            vm.selectCustomRange(chosen.get().from(), chosen.get().to());
        } else {
            showSpec(vm.specProperty().get());
        }
    }

    static Optional<String> check(String from, String to, ZoneId zone) {
        try {
            parse(from, to, zone);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("'" + e.getParsedString() + "' is not a time like 2024-05-01 13:30");
        } catch (IllegalArgumentException e) {
            return Optional.of("The range ends before it starts: swap From and To");
        }
    }

    static TimeRange parse(String from, String to, ZoneId zone) {
        Instant a = LocalDateTime.parse(from.strip(), INPUT).atZone(zone).toInstant();
        Instant b = LocalDateTime.parse(to.strip(), INPUT).atZone(zone).toInstant();
        return new TimeRange(a, b);
    }
}
