package io.breakerboard.ui;

import io.breakerboard.service.Workspace;
import io.breakerboard.ui.dashboard.DashboardView;
import io.breakerboard.ui.dashboard.DashboardViewModel;
import io.breakerboard.ui.export.ExportDialog;
import io.breakerboard.ui.export.ExportViewModel;
import io.breakerboard.ui.importing.ImportStatusView;
import io.breakerboard.ui.importing.ImportViewModel;
import io.breakerboard.ui.importing.ImportsWindow;
import io.breakerboard.ui.importing.WatchViewModel;
import io.breakerboard.ui.settings.StoreSettingsDialog;
import io.breakerboard.ui.settings.StoreSettingsViewModel;
import io.breakerboard.ui.settings.Theme;
import io.breakerboard.ui.trace.TraceView;
import io.breakerboard.ui.trace.TraceViewModel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's content: menus, the dashboard and the other panels as fixed tabs, one tab per opened trace, and
 * the status line.
 */
public final class MainView extends BorderPane implements MainMenu.Actions {
    /** A button on a banner; pressing it runs the action and takes the banner away. */
    public record BannerAction(String id, String label, Runnable action) {
    }

    /** Trace tabs kept open at most; opening another closes the oldest. */
    static final int MAX_TRACES = 8;

    private final Workspace workspace;
    private final UiExecutor ui;
    private final DashboardView dashboard;
    private final DashboardViewModel dashboardVm;
    private final ImportViewModel imports;
    private final WatchViewModel watch;
    private final ExportViewModel export;
    private final Runnable stopAllFaults;
    private final Runnable quit;
    private final TabPane tabs = new TabPane();
    private final TabPages pages = new TabPages(tabs);
    private final Tab dashboardTab;
    private final List<Tab> panels = new ArrayList<>();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final VBox top = new VBox();
    private final HBox statusBar;
    private ImportsWindow importsWindow;
    private ExportDialog exportDialog;

    /**
     * @param dashboardPage told when the dashboard tab shows, hides and closes, like every other tab's page
     */
    public MainView(Workspace workspace, UiExecutor ui, DashboardView dashboard, Page dashboardPage,
                    DashboardViewModel dashboardVm, ImportViewModel imports, WatchViewModel watch, ExportViewModel export,
                    ObjectProperty<Theme> theme, Runnable stopAllFaults, Runnable quit) {
        this.workspace = workspace;
        this.ui = ui;
        this.dashboard = dashboard;
        this.dashboardVm = dashboardVm;
        this.imports = imports;
        this.watch = watch;
        this.export = export;
        this.stopAllFaults = stopAllFaults;
        this.quit = quit;
        // create parts
        MainMenu menu = new MainMenu(this, theme);
        dashboardTab = new Tab("Dashboard", dashboard);
        dashboardTab.setClosable(false);
        dashboardTab.setId("tab-dashboard");
        Label status = new Label();
        status.setId("status-message");
        status.getStyleClass().add("status-message");
        ImportStatusView importStatus = new ImportStatusView(imports, this::showImports);

        // lay out
        getStyleClass().add("main-view");
        tabs.setId("main-tabs");
        tabs.getTabs().add(dashboardTab);
        panels.add(dashboardTab);
        pages.put(dashboardTab, dashboardPage);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        statusBar = new HBox(12, importStatus, status);
        HBox.setHgrow(importStatus, Priority.ALWAYS);
        statusBar.getStyleClass().add("status-bar");
        top.getChildren().add(menu);
        setTop(top);
        setCenter(tabs);
        setBottom(statusBar);

        // bind
        status.textProperty().bind(message);
        ui.onMessage(message::set);
        imports.finishedImportsProperty().addListener((obs, old, now) -> dashboardVm.refresh());
    }

    /** Shows a dismissable notice under the menu bar, e.g. that demo data was imported on a first run. */
    public void showBanner(String text) {
        showBanner(text, List.of());
    }

    /** Shows a notice under the menu bar with buttons before its Dismiss; any of them takes the banner away. */
    public void showBanner(String text, List<BannerAction> actions) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("banner-text");
        Button dismiss = new Button("Dismiss");
        dismiss.setId("banner-dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox banner = new HBox(12, label);
        banner.setId("banner");
        banner.getStyleClass().add("banner");
        for (BannerAction a : actions) {
            Button b = new Button(a.label());
            b.setId(a.id());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                top.getChildren().remove(banner);
                a.action().run();
            });
            banner.getChildren().add(b);
        }
        banner.getChildren().add(dismiss);
        dismiss.setOnAction(e -> top.getChildren().remove(banner));
        top.getChildren().add(banner);
    }

    /** Adds an item at the right end of the status bar, e.g. what the engine is doing. */
    public void addStatus(Node item) {
        statusBar.getChildren().add(item);
    }

    /**
     * Adds a panel as a fixed tab after the dashboard and the panels added before, ahead of any trace tab.
     *
     * @param content builds the panel the first time its tab is selected: a tab's content takes part in every CSS
     *                  pass even while hidden, and building every panel at once made the window's first pulse
     *                  the slowest part of opening it
     * @param page    told when the tab shows, hides and the window closes, so the panel polls only while seen
     */
    public Tab addPanel(String title, String id, java.util.function.Supplier<? extends Node> content, Page page) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        // Registered before the page, so the content is there when the page is told it shows.
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        tabs.getTabs().add(panels.size(), tab);
        panels.add(tab);
        pages.put(tab, page);
        return tab;
    }

    /** Selects the fixed tab with this id ({@code tab-dashboard}, {@code tab-engine}, …). */
    public void showPanel(String id) {
        panels.stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Opens the trace of an execution in its own tab, or shows the tab if it is open already. */
    public void openTrace(String key) {
        Optional<Tab> open = tabs.getTabs().stream().filter(t -> key.equals(t.getUserData())).findFirst();
        if (open.isPresent()) {
            tabs.getSelectionModel().select(open.get());
            return;
        }
        TraceViewModel vm = new TraceViewModel(workspace.queries(), ui);
        TraceView view = new TraceView(vm);
        Tab tab = new Tab("Trace " + shortKey(key), view);
        tab.setUserData(key);
        tab.getStyleClass().add("trace-tab");
        pages.put(tab, Page.of(() -> { }, () -> { }, view::dispose));
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                view.requestFocus();
            }
        });
        vm.executionProperty().addListener((obs, old, e) -> {
            if (e != null) {
                tab.setText(e.agent() + " · " + shortKey(key));
            }
        });
        List<Tab> traces = tabs.getTabs().stream().filter(t -> t.getContent() instanceof TraceView).toList();
        if (traces.size() >= MAX_TRACES) {
            Tab oldest = traces.get(0);
            tabs.getTabs().remove(oldest);
        }
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        vm.load(key);
    }

    private static String shortKey(String key) {
        return key.length() <= 14 ? key : key.substring(0, 6) + "…" + key.substring(key.length() - 6);
    }

    /** Closes every tab's page: the window is going. */
    public void closePages() {
        pages.closeAll();
    }

    public TabPane tabs() {
        return tabs;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    /** The status line's text. */
    public StringProperty messageProperty() {
        return message;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // Menu actions

    @Override
    public void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import agent logs");
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            imports.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    @Override
    public void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of agent logs");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            imports.importPaths(List.of(folder.toPath()));
        }
    }

    @Override
    public void watch() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Watch a growing log file");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            watch.watch(file.toPath());
            importsWindow().showWatched();
        }
    }

    @Override
    public void showImports() {
        importsWindow().showResults();
    }

    /** The imports window, created on first use. */
    public ImportsWindow importsWindow() {
        if (importsWindow == null) {
            importsWindow = new ImportsWindow(window(), imports, watch);
        }
        return importsWindow;
    }

    @Override
    public void export() {
        exportDialog().show();
    }

    /** The export dialog, created on first use. */
    public ExportDialog exportDialog() {
        if (exportDialog == null) {
            exportDialog = new ExportDialog(window(), export);
        }
        return exportDialog;
    }

    @Override
    public void quit() {
        quit.run();
    }

    @Override
    public void refresh() {
        dashboardVm.refresh();
    }

    @Override
    public void showDashboard() {
        tabs.getSelectionModel().select(dashboardTab);
    }

    @Override
    public void showEngine() {
        showPanel("tab-engine");
    }

    @Override
    public void showReliability() {
        showPanel("tab-reliability");
    }

    @Override
    public void showChaos() {
        showPanel("tab-chaos");
    }

    @Override
    public void stopAllFaults() {
        stopAllFaults.run();
    }

    @Override
    public void closeTrace() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getContent() instanceof TraceView) {
            tabs.getTabs().remove(selected);
        }
    }

    @Override
    public void shortcuts() {
        HelpDialogs.shortcuts(window()).show();
    }

    @Override
    public void storeSettings() {
        new StoreSettingsDialog(new StoreSettingsViewModel(workspace.storeSettings(), ui), window()).show();
    }

    @Override
    public void about() {
        HelpDialogs.about(window()).show();
    }
}
