package io.breakerboard.alerts.delivery;

import java.util.List;

/** Where delivery records are kept. Methods may run a query; call them off the UI thread. */
public interface DeliveryRepository {

    void save(Delivery delivery);

    /** The latest deliveries, newest first. */
    List<Delivery> recent(int limit);
}
