package org.liaison.meetings.intake;

import org.liaison.meetings.intake.IntakeRequests.Accept;
import org.liaison.meetings.intake.IntakeRequests.Decision;
import org.liaison.meetings.intake.IntakeRequests.OrganizationEntry;
import org.liaison.meetings.intake.IntakeRequests.PersonEntry;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An accept body checked as a whole before anything is written: keys unique, every entry complete for its decision,
 * every reference naming an entry that is kept or a registered id. Each record the accept may register gets an id
 * derived from the intake and the entry, so that accepting again finds what an earlier attempt registered.
 */
final class AcceptPlan {

    final UUID intakeId;
    final Accept request;
    private final Map<String, OrganizationEntry> organizations = new LinkedHashMap<>();
    private final Map<String, PersonEntry> people = new LinkedHashMap<>();
    /** Ids of the entries resolved so far: existing ones from the start, new ones once registered. */
    private final Map<String, UUID> ids = new HashMap<>();

    private AcceptPlan(UUID intakeId, Accept request) {
        this.intakeId = intakeId;
        this.request = request;
    }

    /** @throws ProblemException 422 naming every field at fault */
    static AcceptPlan check(UUID intakeId, Accept request) {
        AcceptPlan plan = new AcceptPlan(intakeId, request);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.organizations().size(); i++) {
            OrganizationEntry entry = request.organizations().get(i);
            String field = "organizations[" + i + "]";
            if (plan.organizations.put(entry.key(), entry) != null || plan.people.containsKey(entry.key())) {
                errors.add(new Problem.FieldError(field + ".key", "another entry has the key " + entry.key()));
            }
            plan.complete(field, entry.decision(), entry.id(), entry.nameAr(), errors);
            if (entry.decision() == Decision.NEW && entry.kind() == null) {
                errors.add(new Problem.FieldError(field + ".kind", "a new organisation needs its kind"));
            }
        }
        for (int i = 0; i < request.people().size(); i++) {
            PersonEntry entry = request.people().get(i);
            String field = "people[" + i + "]";
            if (plan.people.put(entry.key(), entry) != null || plan.organizations.containsKey(entry.key())) {
                errors.add(new Problem.FieldError(field + ".key", "another entry has the key " + entry.key()));
            }
            plan.complete(field, entry.decision(), entry.id(), entry.nameAr(), errors);
        }
        for (int i = 0; i < request.organizations().size(); i++) {
            OrganizationEntry entry = request.organizations().get(i);
            if (entry.decision() == Decision.NEW && entry.parent() != null) {
                plan.checkOrganization("organizations[" + i + "].parent", entry.parent(), errors);
                if (entry.parent().equals(entry.key())) {
                    errors.add(new Problem.FieldError("organizations[" + i + "].parent", "is the organisation itself"));
                }
            }
        }
        for (int i = 0; i < request.people().size(); i++) {
            PersonEntry entry = request.people().get(i);
            for (int r = 0; entry.decision() != Decision.IGNORE && r < entry.roles().size(); r++) {
                plan.checkOrganization("people[" + i + "].roles[" + r + "].organization",
                        entry.roles().get(r).organization(), errors);
            }
        }
        if (request.meeting() != null) {
            plan.checkMeeting("meeting", request.meeting(), errors);
            for (int i = 0; i < request.followUps().size(); i++) {
                plan.checkMeeting("followUps[" + i + "]", request.followUps().get(i), errors);
            }
        } else if (!request.statements().isEmpty()) {
            errors.add(new Problem.FieldError("statements", "statements are recorded at a meeting: give the meeting"));
        }
        if (request.meeting() == null && !request.followUps().isEmpty()) {
            errors.add(new Problem.FieldError("followUps", "follow-ups follow the meeting: give the meeting"));
        }
        for (int i = 0; i < request.statements().size(); i++) {
            var statement = request.statements().get(i);
            String field = "statements[" + i + "]";
            if (statement.speaker() == null && statement.organization() == null
                    && (statement.speakerName() == null || statement.speakerName().isBlank())) {
                errors.add(new Problem.FieldError(field, "needs a speaker, an organization or a speakerName"));
            }
            if (statement.speaker() != null) {
                plan.checkPerson(field + ".speaker", statement.speaker(), errors);
            }
            if (statement.organization() != null) {
                plan.checkOrganization(field + ".organization", statement.organization(), errors);
            }
        }
        if (request.recommendations() != null) {
            plan.checkOrganization("recommendations.issuer", request.recommendations().issuer(), errors);
            if (Boolean.TRUE.equals(request.recommendations().adoptedAtMeeting()) && request.meeting() == null) {
                errors.add(new Problem.FieldError("recommendations.adoptedAtMeeting",
                        "the set cannot be adopted at a meeting the accept does not record"));
            }
        }
        // An article whose every record is registered already is accepted (its intake is then done); one whose
        // every mention was ignored has nothing to accept.
        boolean keepsSomething = request.meeting() != null || request.recommendations() != null
                || request.organizations().stream().anyMatch(o -> o.decision() != Decision.IGNORE)
                || request.people().stream().anyMatch(p -> p.decision() != Decision.IGNORE);
        if (errors.isEmpty() && !keepsSomething) {
            errors.add(new Problem.FieldError("meeting", "the proposal keeps nothing: give the meeting, an"
                    + " organisation, a person or the recommendations"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("the accepted proposal cannot be registered as it stands: "
                    + errors.get(0).field() + " " + errors.get(0).message(), errors, Map.of());
        }
        return plan;
    }

    private void checkMeeting(String prefix, IntakeRequests.MeetingEntry meeting, List<Problem.FieldError> errors) {
        checkOrganization(prefix + ".organizer", meeting.organizer(), errors);
        var participants = meeting.participants() == null ? List.<IntakeRequests.ParticipantEntry>of()
                : meeting.participants();
        for (int i = 0; i < participants.size(); i++) {
            var participant = participants.get(i);
            String field = prefix + ".participants[" + i + "]";
            if (participant.organization() == null && participant.person() == null) {
                errors.add(new Problem.FieldError(field, "needs an organization or a person"));
            }
            if (participant.organization() != null) {
                checkOrganization(field + ".organization", participant.organization(), errors);
            }
            if (participant.person() != null) {
                checkPerson(field + ".person", participant.person(), errors);
            }
        }
    }

    private void complete(String field, Decision decision, UUID id, String nameAr, List<Problem.FieldError> errors) {
        if (decision == Decision.EXISTING && id == null) {
            errors.add(new Problem.FieldError(field + ".id", "an existing record needs its id"));
        }
        if (decision == Decision.NEW && (nameAr == null || nameAr.isBlank())) {
            errors.add(new Problem.FieldError(field + ".nameAr", "a new record needs its Arabic name"));
        }
    }

    private void checkOrganization(String field, String reference, List<Problem.FieldError> errors) {
        check(field, reference, organizations.get(reference) == null ? null
                : organizations.get(reference).decision(), "organisation", errors);
    }

    private void checkPerson(String field, String reference, List<Problem.FieldError> errors) {
        check(field, reference, people.get(reference) == null ? null : people.get(reference).decision(), "person",
                errors);
    }

    private static void check(String field, String reference, Decision decision, String what,
                              List<Problem.FieldError> errors) {
        if (decision == Decision.IGNORE) {
            errors.add(new Problem.FieldError(field, reference + " is an ignored " + what));
        } else if (decision == null && parseId(reference) == null) {
            errors.add(new Problem.FieldError(field, "no " + what + " has the key " + reference
                    + ", and it is not an id"));
        }
    }

    /** The id a reference stands for: its entry's (once resolved), or the id it is. */
    UUID resolve(String reference) {
        if (reference == null) {
            return null;
        }
        UUID id = ids.get(reference);
        return id != null ? id : parseId(reference);
    }

    void resolved(String key, UUID id) {
        ids.put(key, id);
    }

    /** The id this intake gives the record {@code what} ({@code organization/o1}, {@code meeting}). */
    UUID idOf(String what) {
        return UUID.nameUUIDFromBytes(("liaison-intake:" + intakeId + "/" + what).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID parseId(String reference) {
        try {
            return reference.length() == 36 ? UUID.fromString(reference) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
