package org.liaison.dashboard.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * One event as a particular viewer may see it: the JSON sent to the client and what filters look at.
 *
 * @param json            {@code {eventId, type, source, subject, time, topic, partition, offset, actorOffice,
 *                        organizations, redacted, data}}; {@code actorOffice} and each of {@code organizations} are
 *                        {@code {id, nameAr, nameEn}} with the names known to the dashboard
 * @param organizationIds the organisations the visible part of the event names
 */
public record EventView(String type, String subject, Set<String> organizationIds, ObjectNode json) {
}
