package org.liaison.meetings.participation;

import org.liaison.contracts.MeetingState.ParticipantGroup;
import org.liaison.meetings.model.ParticipantEntry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How many took part in a meeting, as far as its record says: the organisations named (the organiser, each
 * participating organisation and each one a person spoke for), the people named (by id, or by name as the source
 * writes it when not registered), the participants the groups count («ممثلون عن 150 منظمة»: 150) and the groups
 * nobody counted («عدد كبير من المبعوثين»), which make every total a lower bound.
 */
public record Attendance(int organizations, int people, int inGroups, int groupsUncounted) {

    public static Attendance of(UUID organizerId, List<ParticipantEntry> participants,
                                List<ParticipantGroup> groups) {
        Set<UUID> organizations = new HashSet<>();
        if (organizerId != null) {
            organizations.add(organizerId);
        }
        Set<Object> people = new HashSet<>();
        for (ParticipantEntry entry : participants) {
            if (entry.organizationId() != null) {
                organizations.add(entry.organizationId());
            }
            if (entry.onBehalfOfId() != null) {
                organizations.add(entry.onBehalfOfId());
            }
            if (entry.personId() != null) {
                people.add(entry.personId());
            } else if (entry.personName() != null) {
                people.add(entry.personName().strip());
            }
        }
        int inGroups = 0;
        int uncounted = 0;
        for (ParticipantGroup group : groups) {
            if (group.count() == null) {
                uncounted++;
            } else {
                inGroups += group.count();
            }
        }
        return new Attendance(organizations.size(), people.size(), inGroups, uncounted);
    }
}
