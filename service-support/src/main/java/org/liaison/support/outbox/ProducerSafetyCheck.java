package org.liaison.support.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service whose event producer could lose or duplicate records: the SmallRye Kafka
 * connector defaults to {@code acks=1}, which silently turns the idempotent producer off.
 */
@ApplicationScoped
public class ProducerSafetyCheck {

    static final String PREFIX = "mp.messaging.outgoing." + OutboxRelay.CHANNEL + ".";

    void check(@Observes StartupEvent event, Config config) {
        require(config, "acks", "all");
        require(config, "enable.idempotence", "true");
    }

    private static void require(Config config, String key, String expected) {
        String actual = config.getOptionalValue(PREFIX + key, String.class).orElse("<unset>");
        if (!expected.equalsIgnoreCase(actual)) {
            throw new IllegalStateException(PREFIX + key + " must be " + expected + " but is " + actual
                    + ": without it the broker may lose or duplicate published events");
        }
    }
}
