package org.liaison.deploy;

import org.junit.jupiter.api.Test;
import org.liaison.infra.LiaisonTopology;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopologyTest {

    @Test
    void everyConsumingServiceHasADeadLetterTopic() {
        for (LiaisonTopology.Service s : LiaisonTopology.SERVICES) {
            assertEquals(!s.consumerGroups().isEmpty(), s.deadLetterTopic().isPresent(), s.name());
        }
    }
}
