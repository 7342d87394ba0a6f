package io.breakerboard.ui;

import io.breakerboard.metrics.MetricsFilter;
import io.breakerboard.service.Dashboards;
import io.breakerboard.service.Workspace;
import io.breakerboard.ui.alerts.AlertsViewModel;
import io.breakerboard.ui.charts.ChartWriter;
import io.breakerboard.ui.chaos.ChaosPoller;
import io.breakerboard.ui.chaos.ChaosView;
import io.breakerboard.ui.chaos.ChaosViewModel;
import io.breakerboard.ui.dashboard.DashboardData;
import io.breakerboard.ui.dashboard.DashboardView;
import io.breakerboard.ui.dashboard.DashboardViewModel;
import io.breakerboard.ui.dashboard.FilterSpec;
import io.breakerboard.ui.dashboard.RangeChoice;
import io.breakerboard.ui.dashboard.SnapshotRefresher;
import io.breakerboard.ui.engine.EngineRefresher;
import io.breakerboard.ui.engine.EngineView;
import io.breakerboard.ui.engine.EngineViewModel;
import io.breakerboard.ui.engine.ReliabilityView;
import io.breakerboard.ui.engine.ReliabilityViewModel;
import io.breakerboard.ui.engine.ResumeViewModel;
import io.breakerboard.ui.lab.LabView;
import io.breakerboard.ui.lab.LabViewModel;
import io.breakerboard.service.EngineControl;
import io.breakerboard.ui.export.ExportViewModel;
import io.breakerboard.ui.importing.DropTarget;
import io.breakerboard.ui.importing.ImportViewModel;
import io.breakerboard.ui.importing.WatchViewModel;
import io.breakerboard.ui.receiver.ReceiverBar;
import io.breakerboard.ui.receiver.ReceiverViewModel;
import io.breakerboard.ui.settings.Assets;
import io.breakerboard.ui.settings.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
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
    /** With {@code --start-engine}, a screenshot waits for this many finished executions. */
    static final int SCREENSHOT_EXECUTIONS = 5;

    private final Stage stage;
    private final UiExecutor ui;
    private final ChartWriter chartWriter = new ChartWriter();
    private final SnapshotRefresher refresher;
    private final DashboardViewModel dashboardVm;
    private final ImportViewModel imports;
    private final ExportViewModel export;
    private final EngineRefresher engineRefresher;
    private final EngineViewModel engineVm;
    private final ReliabilityViewModel reliabilityVm;
    private final ResumeViewModel resume;
    private final MainView view;
    private final ChaosViewModel chaosVm;
    private final ReceiverViewModel receiverVm;
    private final Clock clock;
    private ChaosView chaos;
    private final ObjectProperty<Theme> theme;
    /** True while a first run writes the demo logs, before their import starts. */
    private final javafx.beans.property.BooleanProperty preparingDemo =
            new javafx.beans.property.SimpleBooleanProperty(this, "preparingDemo");
    private final Poller.Timers timers;
    /** The data version when the last import finished; -1 before any. */
    private final javafx.beans.property.LongProperty importedVersion =
            new javafx.beans.property.SimpleLongProperty(this, "importedVersion", -1);
    private boolean closed;

    public BreakerboardWindow(Stage stage, Workspace workspace, UiOptions options, Clock clock) {
        this(stage, workspace, options, clock, Poller::thread);
    }

    /** @param timers makes each poller's timer: a thread of its own, or a hand-driven one in tests */
    BreakerboardWindow(Stage stage, Workspace workspace, UiOptions options, Clock clock, Poller.Timers timers) {
        this.stage = stage;
        this.timers = timers;
        this.ui = UiExecutor.create(FxScheduler.platform());
        this.theme = new SimpleObjectProperty<>(this, "theme", options.theme());
        refresher = new SnapshotRefresher(workspace.dashboards(), workspace.queries(), workspace.alerting(),
                workspace.chaos(), clock, ui.fx(), FilterSpec.of(options.range()), timers.create("breakerboard-refresh"),
                timers.create("breakerboard-details"));
        dashboardVm = new DashboardViewModel(refresher);
        AlertsViewModel alertsVm = new AlertsViewModel(workspace.alerting(), ui);
        imports = new ImportViewModel(workspace.imports(), ui);
        Dashboards dashboards = workspace.dashboards();
        imports.finishedImportsProperty().addListener((obs, old, now) -> importedVersion.set(dashboards.dataVersion()));
        WatchViewModel watch = new WatchViewModel(workspace.imports(), ui);
        export = new ExportViewModel(workspace.exports(), ui, this::currentFilter);
        refresher.onAlerts(alertsVm::apply);
        refresher.onError(message -> view().messageProperty().set(message));
        DashboardView dashboard = new DashboardView(dashboardVm, alertsVm, refresher, chartWriter, ui, clock, this::openTrace);
        // The first snapshot is drawn before the slower queries start beside it.
        refresher.holdDetailsForFirstDraw();
        dashboard.drawnProperty().addListener((obs, was, now) -> {
            if (now) {
                // What was applied is on screen once the pulse that lays it out has run.
                LayoutPulses.afterNextLayout(stage.getScene(), refresher::firstDrawn);
            }
        });
        // Every receiver of the snapshots is in place: the main view shows the dashboard's page, so the first one is
        // read while the rest of the window is built and laid out, instead of after it is shown (and is read even if
        // another tab is chosen at once).
        view = new MainView(workspace, ui, dashboard, refresher.page(), dashboardVm, imports, watch, export, theme,
                this::stopAllFaults, this::quit);
        EngineControl engine = workspace.engine();
        engineRefresher = new EngineRefresher(engine, ui.fx(), timers.create("breakerboard-engine-refresh"));
        engineVm = new EngineViewModel(engine, ui);
        reliabilityVm = new ReliabilityViewModel(engine, ui);
        resume = new ResumeViewModel(engine, ui);
        engineRefresher.onStats(engineVm::apply);
        engineRefresher.onReliability(reliabilityVm::apply);
        engineRefresher.onRecent(engineVm::applyRecent);
        engineRefresher.onError(message -> view.messageProperty().set(message));
        view.addPanel("Engine", "tab-engine", () -> new EngineView(engineVm, clock, this::openTrace), engineRefresher.statsPage());
        view.addPanel("Reliability", "tab-reliability", () -> new ReliabilityView(reliabilityVm), engineRefresher.reliabilityPage());
        chaosVm = new ChaosViewModel(workspace.chaos(), ui);
        this.clock = clock;
        view.addPanel("Chaos", "tab-chaos", this::chaosView, Page.of(() -> chaosView().shown(), () -> {
            if (chaos != null) {
                chaos.hidden();
            }
        }, () -> {
            if (chaos != null) {
                chaos.closed();
            }
        }));
        LabViewModel labVm = new LabViewModel(workspace.lab(), ui);
        view.addPanel("Lab", "tab-lab", () -> new LabView(labVm), Page.of(labVm::load, () -> { }, () -> { }));
        engineVm.runningProperty().addListener((obs, was, now) -> engineRefresher.followStats(now));
        view.addStatus(engineStatus());
        receiverVm = new ReceiverViewModel(workspace.receiver(), ui);
        view.addStatus(new ReceiverBar(receiverVm));
        resume.offerProperty().addListener((obs, old, offer) -> {
            if (!offer.isEmpty()) {
                view.showBanner(offer, List.of(new MainView.BannerAction("banner-resume", "Resume", resume::resumeAll),
                        new MainView.BannerAction("banner-discard", "Discard", resume::discardAll)));
            }
        });

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
        // The window takes the size it was asked for, even on a stage that was shown (and sized) before.
        stage.sizeToScene();
        stage.setTitle("Breakerboard");
        // The smallest size at which every header figure, table number and button fits (WindowSizesTest).
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        try {
            stage.getIcons().setAll(new Image(Assets.find(Assets.ICON).toExternalForm()));
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
        stage.setOnHidden(e -> close());
        importDemoDataOnFirstRun(workspace.dashboards(), options);
        view.showPanel("tab-" + options.tab());
        options.faults().forEach(chaosVm::inject);
        if (options.startEngine()) {
            engineVm.start();
        }
    }

    private javafx.scene.control.Label engineStatus() {
        javafx.scene.control.Label label = new javafx.scene.control.Label();
        label.setId("engine-headline");
        label.getStyleClass().add("engine-headline");
        label.textProperty().bind(engineVm.headlineProperty());
        label.visibleProperty().bind(engineVm.headlineProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    // An empty dashboard teaches nothing: on a first run the demo logs are written (if missing) beside the window
    // and imported like any dropped folder.
    private void importDemoDataOnFirstRun(Dashboards data, UiOptions options) {
        UiOptions.DemoLogs demo = options.demoLogs();
        if (demo == null || data.dataVersion() != 0 || !data.agents().isEmpty()) {
            return;
        }
        if (Files.isDirectory(demo.folder())) {
            importDemo(demo.folder());
            return;
        }
        preparingDemo.set(true);
        view.messageProperty().set("This data directory is empty: writing demo logs of eight agents over the last three "
                + "days to " + demo.folder() + "…");
        ui.query("write the demo logs to " + demo.folder(), () -> writeWhole(demo), folder -> {
            // The import's own progress takes over the status line. It is running before the window stops waiting, so
            // the window never counts as filled with no data.
            view.messageProperty().set("");
            importDemo(folder);
            preparingDemo.set(false);
        }, failure -> {
            ui.report("write the demo logs to " + demo.folder(), failure);
            preparingDemo.set(false);
        });
    }

    /**
     * Writes the demo logs beside their folder and moves them into it when complete, so a first run closed half-way
     * leaves no folder that a later start would take for the whole demo. Off the FX thread.
     */
    static Path writeWhole(UiOptions.DemoLogs demo) {
        Path partial = demo.folder().resolveSibling(demo.folder().getFileName() + ".partial");
        try {
            if (Files.isDirectory(partial)) {
                try (java.util.stream.Stream<Path> left = Files.list(partial)) {
                    for (Path p : left.toList()) {
                        Files.delete(p);
                    }
                }
            }
            demo.writer().write(partial);
            Files.move(partial, demo.folder(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return demo.folder();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }

    private void importDemo(Path folder) {
        imports.importPaths(List.of(folder));
        view.showBanner("This data directory was empty, so demo logs of eight agents over the three days up to now were written to "
                + folder + " and imported to give the panels something to show. "
                + "Import your own with File \u2192 Import\u2026 (Ctrl+O) or drop files anywhere on the window.");
    }

    private void openTrace(String key) {
        view.openTrace(key);
    }

    private MetricsFilter currentFilter() {
        DashboardData data = dashboardVm.dataProperty().get();
        return data == null ? MetricsFilter.all() : data.filter();
    }

    /**
     * Shows the stage and looks for engine executions a crash left unfinished; the pollers follow their tabs'
     * pages from the moment the window is built.
     */
    public void show() {
        stage.show();
        resume.check();
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

    /** The chaos panel, built on first use. FX thread. */
    public ChaosView chaosView() {
        if (chaos == null) {
            chaos = new ChaosView(chaosVm, new ChaosPoller(chaosVm, ui.fx(), timers.create("breakerboard-chaos")),
                    clock.getZone(), Shortcuts.STOP_FAULTS.keys(), engineVm::start);
        }
        return chaos;
    }

    private void stopAllFaults() {
        chaosVm.stopAll();
    }

    public EngineViewModel engineViewModel() {
        return engineVm;
    }

    public ReceiverViewModel receiverViewModel() {
        return receiverVm;
    }

    public ReliabilityViewModel reliabilityViewModel() {
        return reliabilityVm;
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

    /**
     * True once the dashboard is filled (every chart drawn, the queried parts read) and nothing is still coming in: no
     * import running, no demo logs being written.
     */
    public BooleanBinding readyProperty() {
        // Filled means: no import still running nor demo logs being written (a first run), the panels drawn, and what
        // they show read after the last import finished (drawn and read once, they stay so while an import runs).
        BooleanBinding caughtUp = Bindings.createBooleanBinding(() -> {
            DashboardData data = dashboardVm.dataProperty().get();
            return importedVersion.get() < 0 || data != null && data.holds(importedVersion.get());
        }, dashboardVm.dataProperty(), importedVersion);
        return view.dashboard().readyProperty().and(imports.runningProperty().not()).and(preparingDemo.not())
                .and(caughtUp);
    }

    /**
     * Ready for a screenshot of what the options show: the dashboard filled, the chosen tab's first data in and,
     * with {@code --start-engine}, the first executions finished so the panels show traffic.
     */
    public BooleanExpression screenshotReady(UiOptions options) {
        BooleanExpression ready = readyProperty();
        if (options.tab().equals("engine")) {
            ready = ready.and(engineVm.loadedProperty());
        } else if (options.tab().equals("reliability")) {
            ready = ready.and(reliabilityVm.loadedProperty());
        } else if (options.tab().equals("chaos")) {
            ready = ready.and(chaosView().loadedProperty());
        }
        if (options.startEngine()) {
            ready = ready.and(Bindings.createBooleanBinding(
                    () -> engineVm.completedProperty().get() >= SCREENSHOT_EXECUTIONS, engineVm.completedProperty()));
        }
        return ready;
    }

    /**
     * Runs {@code onFx} on the FX thread once every chart update submitted so far has reached its chart: the
     * data written and attached, so the next pulse draws it. For measuring how long a refresh takes to show.
     */
    public void afterChartsUpdated(Runnable onFx) {
        chartWriter.afterPending(() -> ui.fx().post(onFx));
    }

    /** Closes every tab's page, so every poller stops, and the background threads; the workspace belongs to the caller. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        view.closePages();
        chartWriter.close();
        ui.close();
    }
}
