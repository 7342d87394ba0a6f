package io.breakerboard.ui.dashboard;

import io.breakerboard.metrics.AgentStats;
import io.breakerboard.metrics.DashboardSnapshot;
import io.breakerboard.metrics.TimeRange;
import io.breakerboard.model.CostRate;
import io.breakerboard.model.MonthProjection;
import io.breakerboard.model.Units;
import io.breakerboard.ui.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state: the filter the person chose and what the latest snapshot says under it. Read-only to
 * the view; changed through the command methods. Lives on the FX thread; data arrives through
 * {@link #apply(DashboardData)} from the {@link SnapshotRefresher}.
 */
public final class DashboardViewModel {
    private final SnapshotRefresher refresher;
    private final ReadOnlyObjectWrapper<FilterSpec> spec;
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "Loading…");
    private final ReadOnlyStringWrapper rangeLabel = new ReadOnlyStringWrapper(this, "rangeLabel", "");
    private final ReadOnlyStringWrapper shortRangeLabel = new ReadOnlyStringWrapper(this, "shortRangeLabel", "");
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "Loading…");
    private final ReadOnlyStringWrapper compactFigures = new ReadOnlyStringWrapper(this, "compactFigures", "Loading…");
    private final ReadOnlyLongWrapper executions = new ReadOnlyLongWrapper(this, "executions");
    private final ReadOnlyStringWrapper successRate = new ReadOnlyStringWrapper(this, "successRate", "–");
    private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper(this, "cost", "$0.00");
    private final ReadOnlyStringWrapper p95 = new ReadOnlyStringWrapper(this, "p95", "–");
    private final ReadOnlyStringWrapper errorRate = new ReadOnlyStringWrapper(this, "errorRate", "–");
    private final ReadOnlyStringWrapper throughput = new ReadOnlyStringWrapper(this, "throughput", "–");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyStringWrapper projected = new ReadOnlyStringWrapper(this, "projected", "–");
    private final ReadOnlyStringWrapper projectionFormula = new ReadOnlyStringWrapper(this, "projectionFormula", "");
    private final ObservableList<String> knownPatterns = FXCollections.observableArrayList();
    private final ObservableList<String> knownPatternsView = FXCollections.unmodifiableObservableList(knownPatterns);
    private final ObservableList<String> knownAgents = FXCollections.observableArrayList();
    private final ObservableList<String> knownAgentsView = FXCollections.unmodifiableObservableList(knownAgents);
    private final ObservableList<AgentRow> agentRows = FXCollections.observableArrayList();
    private final ObservableList<AgentRow> agentRowsView = FXCollections.unmodifiableObservableList(agentRows);
    private final ObservableList<FailureRow> failures = FXCollections.observableArrayList();
    private final ObservableList<FailureRow> failuresView = FXCollections.unmodifiableObservableList(failures);
    private final ReadOnlyBooleanWrapper failuresReading = new ReadOnlyBooleanWrapper(this, "failuresReading", true);
    private final ReadOnlyBooleanWrapper detailsRead = new ReadOnlyBooleanWrapper(this, "detailsRead");

    public DashboardViewModel(SnapshotRefresher refresher) {
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.spec = new ReadOnlyObjectWrapper<>(this, "spec", refresher.spec());
        refresher.onData(this::apply);
        updateRangeLabel();
    }

    // Commands

    public void selectRange(RangeChoice choice) {
        if (choice == RangeChoice.CUSTOM) {
            throw new IllegalArgumentException("a custom range needs its start and end: use selectCustomRange");
        }
        setSpec(spec.get().withChoice(choice));
    }

    /** Shows {@code [from, to)}. */
    public void selectCustomRange(Instant from, Instant to) {
        setSpec(spec.get().withCustom(new TimeRange(from, to)));
    }

    /** Shows only these agents; an empty set shows every agent. */
    public void showAgents(Set<String> agents) {
        setSpec(spec.get().withAgents(agents));
    }

    /** Shows only executions run by these orchestration patterns; an empty set shows every execution. */
    public void showPatterns(Set<String> patterns) {
        setSpec(spec.get().withPatterns(patterns));
    }

    /** Adds the agent to the shown ones or takes it away. */
    public void toggleAgent(String agent, boolean shown) {
        Set<String> agents = new LinkedHashSet<>(spec.get().agents());
        if (shown) {
            agents.add(agent);
        } else {
            agents.remove(agent);
        }
        showAgents(agents);
    }

    /** Takes a fresh snapshot at once, even if nothing changed. */
    public void refresh() {
        refresher.refreshNow();
    }

    private void setSpec(FilterSpec newSpec) {
        if (newSpec.equals(spec.get())) {
            return;
        }
        spec.set(newSpec);
        refresher.setSpec(newSpec);
        refresher.refreshNow();
        updateRangeLabel();
    }

    /** Takes in a refresh. Data taken under an older filter is dropped; the next refresh follows quickly. */
    public void apply(DashboardData next) {
        if (!next.spec().equals(spec.get())) {
            return;
        }
        DashboardSnapshot snapshot = next.snapshot();
        AgentStats total = snapshot.total();
        executions.set(total.executions());
        successRate.set(total.executions() == 0 ? "–" : Units.percent(total.successRate()));
        errorRate.set(total.executions() == 0 ? "–" : Units.percent(total.errorRate()));
        cost.set(Units.money(total.costMicros()));
        p95.set(total.executions() == 0 ? "–" : Units.duration(total.durations().p95()));
        throughput.set(total.executions() == 0 ? "–" : Units.perMinute(total.throughputPerMinute()));
        figures.set(Units.count(total.executions()) + " executions | " + successRate.get() + " success | " + cost.get());
        compactFigures.set(Units.count(total.executions()) + " runs | " + successRate.get() + " ok | " + cost.get());
        headline.set(rangeLabel.get() + ": " + figures.get());
        emptyMessage.set(total.executions() == 0 ? "No executions in " + next.spec().rangePhrase() : "");

        showProjection(next.month());
        List<String> patterns = new ArrayList<>(next.patterns());
        if (!patterns.equals(knownPatterns)) {
            knownPatterns.setAll(patterns);
        }
        List<String> agents = new ArrayList<>(new TreeSet<>(next.agents()));
        if (!agents.equals(knownAgents)) {
            knownAgents.setAll(agents);
        }
        // Unchanged lists are left alone: setAll re-lays out every row and drops the person's selection.
        List<AgentRow> ranked = AttentionScore.rank(snapshot.agents());
        if (!ranked.equals(agentRows)) {
            agentRows.setAll(ranked);
        }
        // Failures not yet read under this filter: the list of another filter would mislead, so it empties and says
        // it is reading.
        List<FailureRow> failed = next.failuresRead() ? next.failures().stream().map(FailureRow::of).toList() : List.of();
        if (!failed.equals(failures)) {
            failures.setAll(failed);
        }
        failuresReading.set(!next.failuresRead());
        detailsRead.set(next.failuresRead() && next.quality() != null && next.month() != null);
        data.set(next);
        loaded.set(true);
    }

    private void updateRangeLabel() {
        FilterSpec s = spec.get();
        rangeLabel.set(s.choice() == RangeChoice.CUSTOM
                ? Formats.timestamp(s.custom().from(), ZoneId.systemDefault()) + " – "
                        + Formats.timestamp(s.custom().to(), ZoneId.systemDefault())
                : s.choice().longLabel());
        shortRangeLabel.set(s.choice() == RangeChoice.CUSTOM ? "Custom" : s.choice().shortLabel());
    }

    // Read-only state

    public ReadOnlyObjectProperty<FilterSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** {@code Last 24 h: 1,234 executions | 97.1% success | $12.35}. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The headline's numbers without the range: {@code N executions | S% success | $C}. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The same numbers in fewer words, {@code N runs | S% ok | $C}, for a header too narrow for the whole words. */
    public ReadOnlyStringProperty compactFiguresProperty() {
        return compactFigures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rangeLabelProperty() {
        return rangeLabel.getReadOnlyProperty();
    }

    /** The range as its button names it ("24 h", "Custom"), for a header too narrow for {@link #rangeLabelProperty()}. */
    public ReadOnlyStringProperty shortRangeLabelProperty() {
        return shortRangeLabel.getReadOnlyProperty();
    }

    private void showProjection(MonthProjection month) {
        if (month == null) {
            projected.set("–");
            projectionFormula.set("");
            return;
        }
        projected.set(Units.money(month.projectedMicros()));
        CostRate rate = month.rate();
        double daysGone = days(rate.over());
        double daysLeft = days(month.remaining());
        projectionFormula.set(String.format(Locale.ROOT, "Projected this month = month to date + current rate × time"
                        + " left%n= %s + %s/day × %.1f days = %s%nThe current rate is the month to date over the %.1f days"
                        + " since the month began.", Units.money(month.monthToDateMicros()),
                rate.known() ? Units.money(Math.round(rate.microsPerDay())) : "–", daysLeft,
                Units.money(month.projectedMicros()), daysGone));
    }

    private static double days(java.time.Duration d) {
        return d.toMillis() / 86_400_000.0;
    }

    /** This calendar month's cost projected at its month-to-date rate, e.g. {@code $41.20}. */
    public ReadOnlyStringProperty projectedProperty() {
        return projected.getReadOnlyProperty();
    }

    /** How {@link #projectedProperty()} was computed, with its numbers. */
    public ReadOnlyStringProperty projectionFormulaProperty() {
        return projectionFormula.getReadOnlyProperty();
    }

    /** Orchestration patterns the pattern filter offers. */
    public ObservableList<String> knownPatterns() {
        return knownPatternsView;
    }

    public ReadOnlyLongProperty executionsProperty() {
        return executions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty successRateProperty() {
        return successRate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costProperty() {
        return cost.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty p95Property() {
        return p95.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorRateProperty() {
        return errorRate.getReadOnlyProperty();
    }

    /** Executions per minute over the range, e.g. {@code 12/min}. */
    public ReadOnlyStringProperty throughputProperty() {
        return throughput.getReadOnlyProperty();
    }

    /** Words for a dashboard with nothing to show, or empty when there is data. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ObservableList<String> knownAgents() {
        return knownAgentsView;
    }

    public ObservableList<AgentRow> agentRows() {
        return agentRowsView;
    }

    /** True once the shown data carries its queried parts too: recent failures, quality figures, the projection. */
    public ReadOnlyBooleanProperty detailsReadProperty() {
        return detailsRead.getReadOnlyProperty();
    }

    /** True until the recent failures of the current filter have been read (they are a query). */
    public ReadOnlyBooleanProperty failuresReadingProperty() {
        return failuresReading.getReadOnlyProperty();
    }

    public ObservableList<FailureRow> failures() {
        return failuresView;
    }
}
