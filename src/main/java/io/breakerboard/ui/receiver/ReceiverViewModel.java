package io.breakerboard.ui.receiver;

import io.breakerboard.service.ReceiverAddress;
import io.breakerboard.service.ReceiverControl;
import io.breakerboard.service.ReceiverStatus;
import io.breakerboard.ui.UiExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The OTLP receiver as the status bar shows it: the address to listen on, whether it listens, and what it has
 * received. Starting and stopping run in the background (binding a port, storing the traces still held); the
 * received executions reach the dashboard through the workspace's pipeline like a followed file's.
 */
public final class ReceiverViewModel {
    private final ReceiverControl control;
    private final UiExecutor ui;
    private final StringProperty address = new SimpleStringProperty(this, "address", ReceiverAddress.DEFAULT);
    private final ReadOnlyBooleanWrapper listening = new ReadOnlyBooleanWrapper(this, "listening");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ReceiverViewModel(ReceiverControl control, UiExecutor ui) {
        this.control = control;
        this.ui = ui;
        apply(control.status());
    }

    // Commands

    /** Starts listening on {@link #addressProperty()}, or stops. Ignored while a start or stop is under way. */
    public void setListening(boolean on) {
        if (busy.get() || on == listening.get()) {
            return;
        }
        InetSocketAddress where;
        if (on) {
            try {
                where = ReceiverAddress.parse(address.get());
            } catch (IllegalArgumentException e) {
                problem.set("Receiver address: " + e.getMessage());
                apply(control.status());
                return;
            }
        } else {
            where = null;
        }
        busy.set(true);
        problem.set("");
        ui.query(on ? "start the OTLP receiver" : "stop the OTLP receiver", () -> on ? start(where) : control.stop(),
                this::settled, failure -> {
                    problem.set("Cannot listen on " + address.get().strip() + ": " + failure.getMessage());
                    settled(control.status());
                });
    }

    private ReceiverStatus start(InetSocketAddress where) {
        try {
            return control.start(where);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    /** Reads the counts again; cheap, for a timer while listening. FX thread. */
    public void refresh() {
        if (!busy.get()) {
            apply(control.status());
        }
    }

    private void settled(ReceiverStatus s) {
        busy.set(false);
        apply(s);
    }

    private void apply(ReceiverStatus s) {
        listening.set(s.listening());
        status.set(describe(s));
    }

    /** {@code Listening on 127.0.0.1:4318: 12 spans, 3 executions, 0 errors}; "OTLP off" before the first start. */
    static String describe(ReceiverStatus s) {
        if (!s.listening() && s.address().isEmpty()) {
            return "OTLP off";
        }
        String counts = String.format(Locale.ROOT, "%,d spans, %,d executions, %,d errors", s.spans(), s.stored(),
                s.errors());
        return (s.listening() ? "Listening on " + s.address() : "Stopped (" + s.address() + ")") + ": " + counts;
    }

    // Properties

    /** {@code HOST:PORT} to listen on; editable while not listening. */
    public StringProperty addressProperty() {
        return address;
    }

    public ReadOnlyBooleanProperty listeningProperty() {
        return listening.getReadOnlyProperty();
    }

    /** A start or stop is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last start failed, in words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
