package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;

import java.util.List;
import java.util.UUID;

/** Events as the other services publish them, to the real broker the dashboard reads; each returns its event id. */
final class Publish implements AutoCloseable {

    private final CloudEventProducer producer =
            new CloudEventProducer(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    String organization(UUID id, String nameAr) {
        return organization(UUID.randomUUID().toString(), id, nameAr);
    }

    /** With a given event id, so a test can send the same event twice, as a broker redelivery would. */
    String organization(String eventId, UUID id, String nameAr) {
        String json = "{\"id\":\"" + id + "\",\"version\":1,\"kind\":\"party\",\"nameAr\":\"" + nameAr
                + "\",\"active\":true}";
        producer.send(Topics.ORGS, id.toString(), eventId, EventTypes.ORGANIZATION_REGISTERED, "organization/" + id,
                json);
        return eventId;
    }

    String merged(UUID merged, UUID winner) {
        String eventId = UUID.randomUUID().toString();
        String json = "{\"id\":\"" + merged
                + "\",\"version\":2,\"kind\":\"party\",\"nameAr\":\"مكرر\",\"active\":false,"
                + "\"mergedInto\":\"" + winner + "\"}";
        producer.send(Topics.ORGS, merged.toString(), eventId, EventTypes.ORGANIZATION_MERGED, "organization/" + merged,
                json);
        return eventId;
    }

    String meeting(UUID id, String title, UUID organizer, boolean restricted, List<UUID> parties) {
        String eventId = UUID.randomUUID().toString();
        MeetingState state = new MeetingState(id, 1, "bilateral_meeting", title, null, PartialDate.parse("2026-01-15"),
                organizer, restricted, parties);
        try {
            producer.send(Topics.MEETINGS, id.toString(), eventId, EventTypes.MEETING_SCHEDULED, "meeting/" + id,
                    EventJson.mapper().writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    @Override
    public void close() {
        producer.close();
    }
}
