package io.breakerboard.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.breakerboard.ui.charts.LiveChart;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The window's threading rules, enforced. */
class UiArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.breakerboard.ui");
    }

    @Test
    void onlyTheFxSchedulerPostsToTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName(FxScheduler.class.getName())
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("one route to the FX thread keeps bursts coalesced and the FX thread free")
                .check(classes);
    }

    @Test
    void onlyLiveChartWritesChartDataSets() {
        noClasses().that().doNotHaveFullyQualifiedName(LiveChart.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a data set setter",
                        call -> call.getTargetOwner().isAssignableTo(io.fair_acc.dataset.spi.DoubleDataSet.class)
                                && (call.getName().equals("set") || call.getName().equals("add") || call.getName().equals("clearData"))))
                .because("chartfx 11.3.1 data sets are written off the FX thread, under their lock, never emptied while attached")
                .check(classes);
    }

    @Test
    void theWindowTalksToTheCoreOnlyThroughTheServiceContract() {
        noClasses().that().resideInAPackage("io.breakerboard.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.breakerboard.store..", "io.breakerboard.pipeline..",
                        "io.breakerboard.export..")
                .because("the window reads snapshots and sends commands through Workspace")
                .check(classes);
    }

    @Test
    void onlyTheWindowsShellTakesTheWholeWorkspace() {
        noClasses().that().resideInAPackage("io.breakerboard.ui..")
                .and().doNotHaveFullyQualifiedName(BreakerboardApplication.class.getName())
                .and().doNotHaveFullyQualifiedName(WindowStartup.class.getName())
                .and().doNotHaveFullyQualifiedName(BreakerboardWindow.class.getName())
                .and().doNotHaveFullyQualifiedName(MainView.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(io.breakerboard.service.Workspace.class.getName())
                .because("each view model takes only the roles it uses (Dashboards, Queries, Imports, Exports, Alerting, "
                        + "the controls), so its test fakes only those")
                .check(classes);
    }

    /** The alert settings and webhook records the settings dialogs edit, and the delivery records they list; nothing else of the alerts. */
    private static final java.util.Set<String> ALERT_SETTINGS = java.util.Set.of(
            "io.breakerboard.alerts.AlertSettings",
            "io.breakerboard.alerts.RuleSettings",
            "io.breakerboard.alerts.AnomalySettings",
            "io.breakerboard.alerts.RuleKind",
            "io.breakerboard.alerts.delivery.DeliverySettings",
            "io.breakerboard.alerts.delivery.Webhook",
            "io.breakerboard.alerts.delivery.WebhookKind",
            "io.breakerboard.alerts.delivery.Delivery");

    @Test
    void theWindowSeesOnlyTheAlertSettingsRecords() {
        noClasses().that().resideInAPackage("io.breakerboard.ui..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "alerts classes other than its settings records",
                        c -> c.getPackageName().startsWith("io.breakerboard.alerts")
                                && !ALERT_SETTINGS.contains(c.getName().replaceAll("\\$.*", ""))))
                .because("the window edits alert settings as validated records and sends them through Workspace")
                .check(classes);
    }

    @Test
    void theWindowNeverUsesAnInternalPackage() {
        noClasses().that().resideInAPackage("io.breakerboard.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.breakerboard..internal..")
                .because("the window drives the engine and chaos through Workspace and shows the records at their packages' roots")
                .check(classes);
    }
}
