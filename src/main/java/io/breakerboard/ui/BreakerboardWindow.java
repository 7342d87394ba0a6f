package io.breakerboard.ui;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.service.Workspace;
import io.breakerboard.ui.alerts.AlertsViewModel;
import io.breakerboard.ui.charts.ChartWriter;
import io.breakerboard.ui.chaos.ChaosView;
import io.breakerboard.ui.chaos.ChaosViewModel;
import io.breakerboard.ui.dashboard.DashboardData;
import io.breakerboard.ui.dashboard.DashboardView;
import io.breakerboard.ui.dashboard.DashboardViewModel;
import io.breakerboard.ui.dashboard.FilterSpec;
import io.breakerboard.ui.dashboard.RangeChoice;
import io.breakerboard.ui.dashboard.SnapshotRefresher;
import io.breakerboard.ui.export.ExportViewModel;
import io.breakerboard.ui.importing.DropTarget;
import io.breakerboard.ui.importing.ImportViewModel;
import io.breakerboard.ui.importing.WatchViewModel;
import io.breakerboard.ui.settings.Assets;
import io.breakerboard.ui.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Puts the window together on a stage: one refresher, one FX route, one chart writer, the view models and the
 * main view. Everything it starts it stops when the stage closes.
 */
public final class BreakerboardWindow implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BreakerboardWindow.class.getName());

    private final Stage stage;
    private final UiExecutor ui;
    private final ChartWriter chartWriter = new ChartWriter();
    private final SnapshotRefresher refresher;
    private final DashboardViewModel dashboardVm;
    private final ImportViewModel imports;
    private final ExportViewModel export;
    private final MainView view;
    private final ChaosView chaos;
    private final UiOptions options;
    private final ObjectProperty<Theme> theme;
    private boolean closed;

    public BreakerboardWindow(Stage stage, Workspace workspace, UiOptions options, Clock clock) {
        this.stage = stage;
        this.options = options;
        this.ui = UiExecutor.create(FxScheduler.platform());
        this.theme = new SimpleObjectProperty<>(this, "theme", options.theme());
        refresher = new SnapshotRefresher(workspace, clock, ui.fx(), FilterSpec.of(RangeChoice.ALL));
        dashboardVm = new DashboardViewModel(refresher);
        AlertsViewModel alertsVm = new AlertsViewModel(workspace, ui);
        imports = new ImportViewModel(workspace, ui);
        WatchViewModel watch = new WatchViewModel(workspace, ui);
        export = new ExportViewModel(workspace, ui, this::currentFilter);
        refresher.onAlerts(alertsVm::apply);
        refresher.onError(message -> view().messageProperty().set(message));
        DashboardView dashboard = new DashboardView(dashboardVm, alertsVm, refresher, chartWriter, ui, clock, this::openTrace);
        chaos = new ChaosView(new ChaosViewModel(workspace.chaos(), ui), ui.fx(), clock.getZone(),
                Shortcuts.STOP_FAULTS.keys());
        view = new MainView(workspace, ui, dashboard, dashboardVm, imports, watch, export, chaos, theme, this::quit);
        if (options.tab() == UiOptions.StartTab.CHAOS) {
            view.showChaos();
        }

        Scene scene = new Scene(view, options.width(), options.height());
        scene.getStylesheets().setAll(Assets.stylesheets(theme.get()));
        theme.addListener((obs, old, now) -> scene.getStylesheets().setAll(Assets.stylesheets(now)));
        RangeChoice[] quick = {RangeChoice.LAST_15_MIN, RangeChoice.LAST_HOUR, RangeChoice.LAST_24_H, RangeChoice.LAST_7_D, RangeChoice.ALL};
        for (int i = 0; i < quick.length; i++) {
            RangeChoice choice = quick[i];
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.ALT_DOWN),
                    () -> dashboardVm.selectRange(choice));
        }
        DropTarget.install(view, imports::importPaths);
        stage.setScene(scene);
        stage.setTitle("Breakerboard");
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        try {
            stage.getIcons().setAll(new Image(Assets.find(Assets.ICON).toExternalForm()));
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
        stage.setOnHidden(e -> close());
        importDemoDataOnFirstRun(workspace, options);
    }

    // An empty dashboard teaches nothing: on a first run the demo logs are imported like any dropped folder.
    private void importDemoDataOnFirstRun(Workspace workspace, UiOptions options) {
        Path demo = options.demoLogs();
        if (demo == null || workspace.dataVersion() != 0 || !workspace.agents().isEmpty() || !Files.isDirectory(demo)) {
            return;
        }
        imports.importPaths(List.of(demo));
        view.showBanner("This data directory was empty, so the demo logs in " + demo + " are being imported. "
                + "Import your own with File \u2192 Import\u2026 (Ctrl+O) or drop files anywhere on the window.");
    }

    private void openTrace(String key) {
        view.openTrace(key);
    }

    private MetricsFilter currentFilter() {
        DashboardData data = dashboardVm.dataProperty().get();
        return data == null ? MetricsFilter.all() : data.filter();
    }

    /** Shows the stage and starts pulling snapshots. */
    public void show() {
        stage.show();
        refresher.start();
    }

    private void quit() {
        stage.close();
    }

    public MainView view() {
        return view;
    }

    public DashboardViewModel dashboardViewModel() {
        return dashboardVm;
    }

    public ImportViewModel importViewModel() {
        return imports;
    }

    public ExportViewModel exportViewModel() {
        return export;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Stage stage() {
        return stage;
    }

    public UiExecutor executor() {
        return ui;
    }

    /** True once the first snapshot is on screen and every chart has its data (and, shown first, the chaos panel its experiments). */
    public BooleanBinding readyProperty() {
        if (options.tab() == UiOptions.StartTab.CHAOS) {
            return view.dashboard().readyProperty().and(chaos.loadedProperty());
        }
        return view.dashboard().readyProperty();
    }

    /** Stops the refresher and the background threads; the workspace belongs to the caller. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        refresher.close();
        chaos.close();
        chartWriter.close();
        ui.close();
    }
}
