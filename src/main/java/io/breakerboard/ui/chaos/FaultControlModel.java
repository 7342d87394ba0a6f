package io.breakerboard.ui.chaos;

import io.breakerboard.chaos.ChaosCatalog;
import io.breakerboard.chaos.FaultKind;
import io.breakerboard.chaos.FaultScope;
import io.breakerboard.chaos.FaultSpec;
import io.breakerboard.chaos.FaultTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The controls of one fault button: where it aims, how hard, how often and for how long. */
public final class FaultControlModel {
    private final FaultKind kind;
    private final List<FaultTarget> targets;
    private final ObjectProperty<FaultTarget> target = new SimpleObjectProperty<>(this, "target");
    private final DoubleProperty percent = new SimpleDoubleProperty(this, "percent");
    private final IntegerProperty durationSeconds = new SimpleIntegerProperty(this, "durationSeconds", 60);
    private final IntegerProperty latencyMillis = new SimpleIntegerProperty(this, "latencyMillis",
            (int) FaultSpec.DEFAULT_LATENCY.toMillis());
    private final IntegerProperty jitterMillis = new SimpleIntegerProperty(this, "jitterMillis",
            (int) FaultSpec.DEFAULT_JITTER.toMillis());
    private final IntegerProperty retryAfterSeconds = new SimpleIntegerProperty(this, "retryAfterSeconds",
            (int) FaultSpec.DEFAULT_RETRY_AFTER.toSeconds());
    private final DoubleProperty factor = new SimpleDoubleProperty(this, "factor", FaultSpec.DEFAULT_FACTOR);

    public FaultControlModel(FaultKind kind, ChaosCatalog catalog) {
        this.kind = kind;
        this.targets = targets(kind, catalog);
        this.target.set(defaultTarget(kind, targets));
        this.percent.set(kind.defaultPercent());
    }

    /** Every target the kind can aim at: all, then tools, agents and models it reaches. */
    static List<FaultTarget> targets(FaultKind kind, ChaosCatalog catalog) {
        List<FaultTarget> out = new ArrayList<>();
        out.add(FaultTarget.ALL);
        if (kind.reachesTools()) {
            catalog.tools().forEach(t -> out.add(FaultTarget.tool(t)));
        }
        catalog.agents().forEach(a -> out.add(FaultTarget.agent(a)));
        if (kind.reachesModels()) {
            catalog.models().forEach(m -> out.add(FaultTarget.model(m)));
        }
        return List.copyOf(out);
    }

    // A first aim that shows the fault at its most telling without taking everything down.
    private static FaultTarget defaultTarget(FaultKind kind, List<FaultTarget> targets) {
        FaultScope scope = switch (kind) {
            case TOOL_DOWN, LATENCY, ERROR_RATE, MALFORMED, PERMISSION_DENIED -> FaultScope.TOOL;
            case HANG -> FaultScope.AGENT;
            case RATE_LIMITED, TOKEN_SPIKE, MODEL_OUTAGE -> FaultScope.MODEL;
        };
        // get_pod_logs has an alternative tool its arguments fit, so a fault there shows recovery at work.
        FaultTarget logs = FaultTarget.tool("get_pod_logs");
        if (scope == FaultScope.TOOL && targets.contains(logs)) {
            return logs;
        }
        return targets.stream().filter(t -> t.scope() == scope).findFirst().orElse(FaultTarget.ALL);
    }

    public FaultKind kind() {
        return kind;
    }

    public List<FaultTarget> targetChoices() {
        return targets;
    }

    /**
     * The fault these controls describe.
     *
     * @throws IllegalArgumentException saying which control holds a value out of range
     */
    public FaultSpec spec() {
        FaultTarget aim = target.get() == null ? FaultTarget.ALL : target.get();
        return new FaultSpec(kind, aim, percent.get() / 100, Duration.ofSeconds(durationSeconds.get()),
                Duration.ofMillis(latencyMillis.get()), Duration.ofMillis(jitterMillis.get()),
                Duration.ofSeconds(retryAfterSeconds.get()), factor.get());
    }

    public ObjectProperty<FaultTarget> targetProperty() {
        return target;
    }

    public DoubleProperty percentProperty() {
        return percent;
    }

    public IntegerProperty durationSecondsProperty() {
        return durationSeconds;
    }

    public IntegerProperty latencyMillisProperty() {
        return latencyMillis;
    }

    public IntegerProperty jitterMillisProperty() {
        return jitterMillis;
    }

    public IntegerProperty retryAfterSecondsProperty() {
        return retryAfterSeconds;
    }

    public DoubleProperty factorProperty() {
        return factor;
    }
}
