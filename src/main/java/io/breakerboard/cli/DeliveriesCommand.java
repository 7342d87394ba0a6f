package io.breakerboard.cli;

import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettingsFile;
import io.breakerboard.service.Components;
import io.breakerboard.service.LocalWorkspace;
import io.breakerboard.service.WorkspaceAssembler;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deliveries}: the latest deliveries of alerts to webhooks, newest first, as they are stored. */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "List the latest deliveries of firing and resolved alerts to webhooks, newest first.")
final class DeliveriesCommand implements Callable<Integer> {
    private final Components components;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "How many to list (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Spec
    private CommandSpec spec;

    DeliveriesCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LocalWorkspace ws = WorkspaceAssembler.open(dataDir.dataDir(), components)) {
            List<Delivery> all = ws.alerting().deliveries(Math.max(1, limit));
            if (all.isEmpty()) {
                out.println("No deliveries yet; webhooks are configured in "
                        + dataDir.dataDir().resolve(DeliverySettingsFile.FILE_NAME));
                return 0;
            }
            TextTable t = new TextTable(List.of("FINISHED", "WEBHOOK", "KIND", "TARGET", "ALERT", "EVENT", "RESULT",
                    "ATTEMPTS", "DETAIL"));
            for (Delivery d : all) {
                t.row(List.of(d.finished().toString(), d.webhook(), d.kind().id(), d.target(), d.alertId(), d.event(),
                        d.delivered() ? "delivered" : "failed", Integer.toString(d.attempts()),
                        d.detail() == null ? "" : d.detail()));
            }
            t.print(out);
            out.flush();
            return 0;
        }
    }
}
