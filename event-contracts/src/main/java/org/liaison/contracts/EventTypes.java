package org.liaison.contracts;

/** The CloudEvents {@code type} of every event the system publishes, by owning service. */
public final class EventTypes {
    public static final String ORGANIZATION_REGISTERED = "organization.registered";
    public static final String ORGANIZATION_UPDATED = "organization.updated";

    public static final String MEETING_SCHEDULED = "meeting.scheduled";
    public static final String MEETING_UPDATED = "meeting.updated";

    private EventTypes() {
    }
}
