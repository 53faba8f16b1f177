package org.liaison.contracts;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The CloudEvents {@code type} of every event the system publishes, by owning service. */
public final class EventTypes {
    public static final String ORGANIZATION_REGISTERED = "organization.registered";
    public static final String ORGANIZATION_UPDATED = "organization.updated";
    public static final String ORGANIZATION_RENAMED = "organization.renamed";
    /** Keyed by the merged (losing) organisation; its state names the winner in {@code mergedInto}. */
    public static final String ORGANIZATION_MERGED = "organization.merged";
    /** Keyed by the organisation a merge took in; its state has {@code mergedInto} null again. */
    public static final String ORGANIZATION_UNMERGED = "organization.unmerged";
    public static final String ORGANIZATION_DISSOLVED = "organization.dissolved";

    /** An instrument added to orgs-service's catalogue; its state carries the names and aliases to resolve it by. */
    public static final String INSTRUMENT_REGISTERED = "instrument.registered";
    /** A change to a catalogue instrument: its names, year, kind or aliases. */
    public static final String INSTRUMENT_UPDATED = "instrument.updated";

    public static final String PERSON_REGISTERED = "person.registered";
    public static final String PERSON_UPDATED = "person.updated";
    /** Keyed by the merged (losing) person; their state names the one they were merged into in {@code mergedInto}. */
    public static final String PERSON_MERGED = "person.merged";
    /** Keyed by the person a merge took in; their state has {@code mergedInto} null again. */
    public static final String PERSON_UNMERGED = "person.unmerged";

    public static final String MEMBERSHIP_STARTED = "membership.started";
    /** A correction to a role (its label, dates, sources) that neither starts nor ends it. */
    public static final String MEMBERSHIP_UPDATED = "membership.updated";
    public static final String MEMBERSHIP_ENDED = "membership.ended";

    public static final String MEETING_SCHEDULED = "meeting.scheduled";
    public static final String MEETING_UPDATED = "meeting.updated";
    public static final String MEETING_HELD = "meeting.held";
    public static final String MEETING_POSTPONED = "meeting.postponed";
    public static final String MEETING_CANCELLED = "meeting.cancelled";

    /** What a speaker said at a meeting, recorded; its state carries the meeting's restriction and parties. */
    public static final String STATEMENT_RECORDED = "statement.recorded";
    /** A correction of a recorded statement. */
    public static final String STATEMENT_UPDATED = "statement.updated";

    public static final String RECOMMENDATION_SET_ADOPTED = "recommendation-set.adopted";
    public static final String RECOMMENDATION_SET_UPDATED = "recommendation-set.updated";
    /** A recommendation added to a set after its adoption. */
    public static final String RECOMMENDATION_ADDED = "recommendation.added";
    /** A correction of a recommendation's text or references that changes no status. */
    public static final String RECOMMENDATION_UPDATED = "recommendation.updated";
    public static final String RECOMMENDATION_STATUS_CHANGED = "recommendation.status-changed";
    public static final String RECOMMENDATION_EVIDENCE_ADDED = "recommendation.evidence-added";
    /** An owner of the recommendation withdrew an evidence entry: a new timeline entry that names it. */
    public static final String RECOMMENDATION_EVIDENCE_RETRACTED = "recommendation.evidence-retracted";
    public static final String RECOMMENDATION_CARRIED_OVER = "recommendation.carried-over";

    /** Every type above: a consumer refuses (dead-letters) a type outside it rather than guess what it means. */
    public static final Set<String> ALL = allTypes();

    private EventTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }

    private static Set<String> allTypes() {
        Set<String> types = new TreeSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    types.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableSet(types);
    }
}
