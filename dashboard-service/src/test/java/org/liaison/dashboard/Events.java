package org.liaison.dashboard;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;
import org.liaison.contracts.CloudEventHeaders;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.Topics;
import org.liaison.infra.testing.CloudEventProducer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Publishes the events the other services would, to the real broker the service under test reads. */
public final class Events implements AutoCloseable {

    private final CloudEventProducer producer =
            new CloudEventProducer(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    public void meeting(UUID id, String title, UUID organizer, boolean restricted, List<UUID> parties,
            UUID actorOffice) {
        meeting(id, 1, EventTypes.MEETING_SCHEDULED, "bilateral_meeting", title, "2026-01-15", organizer, restricted,
                parties, actorOffice);
    }

    /** A {@code meeting.*} event carrying the meeting's full state at a version, as meetings-service publishes it. */
    public void meeting(UUID id, long version, String type, String kind, String title, String date, UUID organizer,
                        boolean restricted, List<UUID> parties, UUID actorOffice) {
        MeetingState state = new MeetingState(id, version, kind, title, null, PartialDate.parse(date), organizer,
                restricted, parties);
        send(Topics.MEETINGS, id, type, "meeting/" + id, json(state), actorOffice);
    }

    public void organization(UUID id, String nameAr, String nameEn) {
        String json = "{\"id\":\"" + id + "\",\"version\":1,\"kind\":\"party\",\"nameAr\":\"" + nameAr
                + "\",\"nameEn\":\"" + nameEn + "\",\"active\":true}";
        send(Topics.ORGS, id, EventTypes.ORGANIZATION_REGISTERED, "organization/" + id, json, null);
    }

    public void merged(UUID merged, UUID winner) {
        String json = "{\"id\":\"" + merged
                + "\",\"version\":2,\"kind\":\"party\",\"nameAr\":\"مكرر\",\"active\":false,"
                + "\"mergedInto\":\"" + winner + "\"}";
        send(Topics.ORGS, merged, EventTypes.ORGANIZATION_MERGED, "organization/" + merged, json, null);
    }

    public void personMerged(UUID merged, UUID winner) {
        String json = "{\"id\":\"" + merged + "\",\"version\":2,\"nameAr\":\"بدر جاموس\",\"otherNames\":[],"
                + "\"sources\":[],\"mergedInto\":\"" + winner + "\"}";
        send(Topics.ORGS, merged, EventTypes.PERSON_MERGED, "person/" + merged, json, null);
    }

    public void send(String topic, UUID key, String type, String subject, String json, UUID actorOffice) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        add(headers, CloudEventHeaders.ID, UUID.randomUUID().toString());
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.SOURCE, "/tests");
        add(headers, CloudEventHeaders.SUBJECT, subject);
        add(headers, CloudEventHeaders.TIME, OffsetDateTime.now().toString());
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (actorOffice != null) {
            add(headers, CloudEventHeaders.ACTOR_OFFICE, actorOffice.toString());
            add(headers, CloudEventHeaders.ACTOR_SUBJECT, "editor@" + actorOffice);
        }
        producer.sendRaw(new ProducerRecord<>(topic, null, key.toString(), json, headers));
    }

    private static String json(Object state) {
        try {
            return EventJson.mapper().writeValueAsString(state);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
