package io.breakerboard.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.breakerboard.alerts.delivery.Delivery;
import io.breakerboard.alerts.delivery.DeliverySettings;
import io.breakerboard.alerts.delivery.Webhook;
import io.breakerboard.alerts.delivery.WebhookKind;
import io.breakerboard.ui.UiExecutor;
import io.breakerboard.ui.alerts.WebhooksViewModel.WebhookRow;
import io.breakerboard.ui.testing.FakeAlerting;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhooksViewModelTest {
    private static final Instant T = Instant.parse("2024-05-01T12:00:00Z");
    private final FakeAlerting alerting = new FakeAlerting();
    private final WebhooksViewModel vm = new WebhooksViewModel(alerting, UiExecutor.direct());
    private final AtomicInteger closed = new AtomicInteger();

    @Test
    void theRowsAndTheLatestDeliveriesShowWhatIsStored() {
        alerting.saveDeliverySettings(DeliverySettings.NONE.withWebhooks(List.of(
                new Webhook("ops", WebhookKind.SLACK, URI.create("https://hooks.slack.com/services/T/B/x"), null, false))));
        alerting.addDelivery(new Delivery("ops", WebhookKind.SLACK, "https://hooks.slack.com/…", "error-rate/all/1",
                "firing", true, 2, 200, "HTTP 200: ok", T, T.plusSeconds(2)));

        vm.load();

        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.nameProperty().get()).isEqualTo("ops");
            assertThat(r.kindProperty().get()).isEqualTo(WebhookKind.SLACK);
        });
        assertThat(vm.deliveries()).extracting(Delivery::alertId).containsExactly("error-rate/all/1");
    }

    @Test
    void savingAddsAPagerDutyWebhookWithItsDefaultAddress() {
        vm.load();
        WebhookRow r = vm.add();
        r.nameProperty().set("on-call");
        r.kindProperty().set(WebhookKind.PAGERDUTY);
        r.routingKeyProperty().set("abc123routing");

        vm.save(closed::incrementAndGet);

        Webhook saved = alerting.deliverySettings().webhooks().get(0);
        assertThat(saved.url()).isEqualTo(Webhook.PAGERDUTY_EVENTS);
        assertThat(saved.routingKey()).isEqualTo("abc123routing");
        assertThat(closed).hasValue(1);
    }

    @Test
    void aWebhookWithoutAnAddressIsNamedAndNothingIsSaved() {
        vm.load();
        vm.add().nameProperty().set("audit");

        assertThat(vm.save(closed::incrementAndGet)).isEmpty();

        assertThat(vm.problemProperty().get()).isEqualTo("webhook 'audit': url must be an http or https address");
        assertThat(alerting.deliverySettings().webhooks()).isEmpty();
        assertThat(closed).hasValue(0);
    }
}
