package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.meetings.directory.OrgsApi;
import org.liaison.meetings.intake.AcceptResult.Keyed;
import org.liaison.meetings.intake.AcceptResult.Outcome;
import org.liaison.meetings.intake.IntakeRequests.Decision;
import org.liaison.meetings.intake.IntakeRequests.MeetingEntry;
import org.liaison.meetings.intake.IntakeRequests.OrganizationEntry;
import org.liaison.meetings.intake.IntakeRequests.PersonEntry;
import org.liaison.meetings.intake.IntakeRequests.RoleEntry;
import org.liaison.meetings.intake.IntakeRequests.StatementEntry;
import org.liaison.meetings.meeting.MeetingRequests;
import org.liaison.meetings.meeting.MeetingService;
import org.liaison.meetings.participation.ParticipantInput;
import org.liaison.meetings.search.SqlConditions;
import org.liaison.meetings.statement.Statement;
import org.liaison.meetings.statement.StatementRequest;
import org.liaison.meetings.statement.StatementService;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Registers an accepted proposal, in the order its references need: organisations (parents first) and people and
 * their roles in orgs-service, the meeting and its statements here, the recommendation set in recommendations-service,
 * every record with the article as its source. Each record has an id derived from the intake, so that an accept
 * interrupted half way (a service down, a field another service refuses) continues where it stopped when sent again;
 * a record registered already (the same name, the same meeting of the same organiser on the same day, the same role)
 * is referenced, not registered twice.
 */
@ApplicationScoped
public class Acceptance {

    private static final String ORGS = "orgs-service";
    private static final String RECOMMENDATIONS = "recommendations-service";

    private final OrgsApi orgs;
    private final RecommendationsApi recommendations;
    private final MeetingService meetings;
    private final StatementService statements;
    private final ObjectMapper json;
    private final CurrentActor actor;
    private final EntityManager entityManager;

    public Acceptance(@RestClient OrgsApi orgs, @RestClient RecommendationsApi recommendations,
                      MeetingService meetings, StatementService statements, ObjectMapper json, CurrentActor actor,
                      EntityManager entityManager) {
        this.actor = actor;
        this.entityManager = entityManager;
        this.orgs = orgs;
        this.recommendations = recommendations;
        this.meetings = meetings;
        this.statements = statements;
        this.json = json;
    }

    /** Not in a transaction: the meeting commits (and its event leaves) before recommendations-service is asked. */
    @Transactional(Transactional.TxType.NEVER)
    public AcceptResult accept(AcceptPlan plan, ArticleSource source) {
        List<Keyed> organizationResults = registerOrganizations(plan, source);
        List<Keyed> peopleResults = registerPeople(plan, source);
        List<AcceptResult.Role> roles = registerRoles(plan, source);
        Outcome meeting = plan.request.meeting() == null ? null
                : recordMeeting(plan, plan.request.meeting(), "meeting", "meeting", null, source);
        List<Outcome> followUps = new ArrayList<>();
        for (int i = 0; i < plan.request.followUps().size(); i++) {
            followUps.add(recordMeeting(plan, plan.request.followUps().get(i), "followUps[" + i + "]",
                    "meeting/follow-up/" + i, meeting.id(), source));
        }
        List<Outcome> statementResults = new ArrayList<>();
        for (int i = 0; i < plan.request.statements().size(); i++) {
            statementResults.add(recordStatement(plan, i, meeting.id(), source));
        }
        Outcome set = plan.request.recommendations() == null ? null
                : registerRecommendations(plan, meeting, source);
        return new AcceptResult(plan.intakeId, "accepted", Instant.now(), organizationResults, peopleResults, roles,
                meeting, followUps, statementResults, set);
    }

    private List<Keyed> registerOrganizations(AcceptPlan plan, ArticleSource source) {
        List<OrganizationEntry> entries = plan.request.organizations();
        Keyed[] results = new Keyed[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).decision() == Decision.EXISTING) {
                plan.resolved(entries.get(i).key(), entries.get(i).id());
                results[i] = new Keyed(entries.get(i).key(), entries.get(i).id(), AcceptResult.EXISTING);
            }
        }
        // A new organisation whose parent is another new one waits for it: passes until none is left (a cycle of
        // parents is left unregistered and reported).
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < entries.size(); i++) {
                OrganizationEntry entry = entries.get(i);
                if (entry.decision() != Decision.NEW || results[i] != null
                        || entry.parent() != null && plan.resolve(entry.parent()) == null) {
                    continue;
                }
                UUID id = plan.idOf("organization/" + entry.key());
                ObjectNode body = json.createObjectNode();
                body.put("id", id.toString()).put("kind", entry.kind()).put("nameAr", entry.nameAr());
                putIfPresent(body, "nameEn", entry.nameEn());
                putIfPresent(body, "parentId", plan.resolve(entry.parent()));
                putIfPresent(body, "parentRelation", entry.parentRelation());
                putIfPresent(body, "country", entry.country());
                body.set("sources", source.asJson(json, entry.quote()));
                Upstream.Registered registered = Upstream.register(ORGS, "organizations[" + i + "]", id,
                        () -> orgs.registerOrganization(body));
                plan.resolved(entry.key(), registered.id());
                results[i] = new Keyed(entry.key(), registered.id(), registered.outcome());
                progress = true;
            }
        }
        List<Keyed> registered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).decision() == Decision.NEW && results[i] == null) {
                throw ProblemException.unprocessable("organizations[" + i + "].parent",
                        "its parents form a cycle of new organisations");
            }
            if (results[i] != null) {
                registered.add(results[i]);
            }
        }
        return registered;
    }

    private List<Keyed> registerPeople(AcceptPlan plan, ArticleSource source) {
        List<Keyed> results = new ArrayList<>();
        for (int i = 0; i < plan.request.people().size(); i++) {
            PersonEntry entry = plan.request.people().get(i);
            if (entry.decision() == Decision.EXISTING) {
                plan.resolved(entry.key(), entry.id());
                results.add(new Keyed(entry.key(), entry.id(), AcceptResult.EXISTING));
            } else if (entry.decision() == Decision.NEW) {
                UUID id = plan.idOf("person/" + entry.key());
                ObjectNode body = json.createObjectNode();
                body.put("id", id.toString()).put("nameAr", entry.nameAr());
                putIfPresent(body, "nameEn", entry.nameEn());
                putIfPresent(body, "honorific", entry.honorific());
                body.set("sources", source.asJson(json, entry.quote()));
                Upstream.Registered registered = Upstream.register(ORGS, "people[" + i + "]", id,
                        () -> orgs.registerPerson(body));
                plan.resolved(entry.key(), registered.id());
                results.add(new Keyed(entry.key(), registered.id(), registered.outcome()));
            }
        }
        return results;
    }

    /** A role the person holds in that organisation already (any role, as the source's label may word it anew). */
    private List<AcceptResult.Role> registerRoles(AcceptPlan plan, ArticleSource source) {
        List<AcceptResult.Role> results = new ArrayList<>();
        for (int i = 0; i < plan.request.people().size(); i++) {
            PersonEntry person = plan.request.people().get(i);
            if (person.decision() == Decision.IGNORE) {
                continue;
            }
            for (int r = 0; r < person.roles().size(); r++) {
                RoleEntry role = person.roles().get(r);
                String field = "people[" + i + "].roles[" + r + "]";
                UUID personId = plan.resolve(person.key());
                UUID organizationId = plan.resolve(role.organization());
                JsonNode held = Upstream.read(ORGS, field, () -> orgs.memberships(personId, organizationId, true));
                if (held.path("items").size() > 0) {
                    results.add(new AcceptResult.Role(person.key(), role.organization(),
                            UUID.fromString(held.path("items").get(0).path("id").asText()), AcceptResult.EXISTING));
                    continue;
                }
                UUID id = plan.idOf("membership/" + person.key() + "/" + role.organization());
                ObjectNode body = json.createObjectNode();
                body.put("id", id.toString()).put("personId", personId.toString())
                        .put("organizationId", organizationId.toString()).put("role", role.role());
                putIfPresent(body, "label", role.label());
                body.set("sources", source.asJson(json, person.quote()));
                Upstream.Registered registered = Upstream.register(ORGS, field, id, () -> orgs.startMembership(body));
                results.add(new AcceptResult.Role(person.key(), role.organization(), registered.id(),
                        registered.outcome()));
            }
        }
        return results;
    }

    private Outcome recordMeeting(AcceptPlan plan, MeetingEntry entry, String field, String what, UUID followUpOf,
                                  ArticleSource source) {
        UUID organizer = plan.resolve(entry.organizer());
        UUID id = plan.idOf(what);
        UUID recordedAlready = sameMeeting(organizer, entry, source);
        if (recordedAlready != null) {
            return new Outcome(recordedAlready, recordedAlready.equals(id) ? AcceptResult.CREATED
                    : AcceptResult.EXISTING);
        }
        List<ParticipantInput> participants = entry.participants() == null ? null : entry.participants().stream()
                .map(p -> new ParticipantInput(plan.resolve(p.organization()), plan.resolve(p.person()), null,
                        p.role(), null, p.note())).toList();
        MeetingRequests.Schedule schedule = new MeetingRequests.Schedule(id, entry.kind(), entry.status(),
                entry.titleAr(), entry.titleEn(), entry.date(), entry.dateAsWritten(), source.publishedOn(), null,
                null, null, entry.place(), organizer, participants, entry.unnamedParticipants(),
                entry.agenda(),
                entry.topics(), entry.summary(), entry.outcomes(), followUpOf, entry.instruments(), null,
                List.of(source.input(entry.quote())), entry.restricted());
        try {
            return new Outcome(meetings.schedule(schedule).id(), AcceptResult.CREATED);
        } catch (ProblemException e) {
            throw e.under(field);
        }
    }

    /**
     * The meeting recorded already: this intake's own (an earlier attempt), or one of the same organiser and kind that
     * is on the same day, has the same title, or cites the same article (its URL; else its headline and publisher).
     * A restricted meeting the editor may not see is not theirs to find, even by its id.
     */
    private UUID sameMeeting(UUID organizer, MeetingEntry entry, ArticleSource source) {
        List<String> alternatives = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (entry.date() != null) {
            alternatives.add("date_text = ?");
            values.add(entry.date().toString());
        }
        alternatives.add("title_ar = ?");
        values.add(entry.titleAr());
        ObjectNode cited = json.createObjectNode();
        if (source.url() != null) {
            cited.put("url", source.url());
        } else if (source.title() != null) {
            cited.put("title", source.title());
            if (source.publisher() != null) {
                cited.put("publisher", source.publisher());
            }
        }
        if (!cited.isEmpty()) {
            alternatives.add("sources @> cast(? as jsonb)");
            values.add(json.createArrayNode().add(cited).toString());
        }
        SqlConditions conditions = new SqlConditions().add("organizer_id = ?", organizer)
                .add("kind = ?", entry.kind().code()).add(String.join(" or ", alternatives), values.toArray());
        if (!actor.isAdmin()) {
            UUID office = actor.office().orElse(null);
            conditions.add(office == null ? "not restricted" : "not restricted or created_by_office = ?",
                    office == null ? new Object[0] : new Object[]{office});
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = conditions.bindTo(entityManager.createNativeQuery("select id from meeting where "
                + conditions.where() + " order by created_at limit 1")).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Outcome recordStatement(AcceptPlan plan, int index, UUID meetingId, ArticleSource source) {
        StatementEntry entry = plan.request.statements().get(index);
        UUID speaker = plan.resolve(entry.speaker());
        UUID said = sameStatement(meetingId, speaker, entry.textAr());
        UUID id = plan.idOf("statement/" + index);
        if (said != null) {
            return new Outcome(said, said.equals(id) ? AcceptResult.CREATED : AcceptResult.EXISTING);
        }
        StatementRequest request = new StatementRequest(id, meetingId, speaker, plan.resolve(entry.organization()),
                entry.speakerName(), entry.textAr(), null, entry.quoted(), null, null,
                List.of(source.input(entry.textAr())));
        try {
            return new Outcome(statements.record(meetingId, request).id(), AcceptResult.CREATED);
        } catch (ProblemException e) {
            throw e.under("statements[" + index + "]");
        }
    }

    private static UUID sameStatement(UUID meetingId, UUID speaker, String textAr) {
        return (speaker == null
                ? Statement.<Statement>find("meetingId = ?1 and textAr = ?2 and speakerPersonId is null", meetingId,
                textAr)
                : Statement.<Statement>find("meetingId = ?1 and textAr = ?2 and speakerPersonId = ?3", meetingId,
                textAr, speaker))
                .firstResultOptional().map(s -> s.id).orElse(null);
    }

    private Outcome registerRecommendations(AcceptPlan plan, Outcome meeting, ArticleSource source) {
        var entry = plan.request.recommendations();
        UUID issuer = plan.resolve(entry.issuer());
        UUID adopting = Boolean.TRUE.equals(entry.adoptedAtMeeting()) ? meeting.id() : null;
        if (adopting != null) {
            JsonNode sets = Upstream.read(RECOMMENDATIONS, "recommendations",
                    () -> recommendations.find(issuer, entry.year()));
            for (JsonNode set : sets.path("items")) {
                if (adopting.toString().equals(set.path("adoptingMeeting").path("id").asText())) {
                    UUID id = UUID.fromString(set.path("id").asText());
                    return new Outcome(id, id.equals(plan.idOf("recommendation-set")) ? AcceptResult.CREATED
                            : AcceptResult.EXISTING);
                }
            }
        }
        UUID id = plan.idOf("recommendation-set");
        ObjectNode body = json.createObjectNode();
        body.put("id", id.toString()).put("issuingOrganizationId", issuer.toString()).put("year", entry.year())
                .put("titleAr", entry.titleAr());
        putIfPresent(body, "titleEn", entry.titleEn());
        putIfPresent(body, "adoptingMeetingId", adopting);
        body.set("sources", source.asJson(json, entry.quote()));
        ArrayNode items = body.putArray("recommendations");
        for (int i = 0; i < entry.items().size(); i++) {
            var item = entry.items().get(i);
            ObjectNode recommendation = items.addObject();
            recommendation.put("id", plan.idOf("recommendation/" + i).toString()).put("textAr", item.textAr());
            putIfPresent(recommendation, "numberAsWritten", item.numberAsWritten());
        }
        Upstream.Registered registered = Upstream.register(RECOMMENDATIONS, "recommendations", id,
                () -> recommendations.create(body));
        return new Outcome(registered.id(), registered.outcome());
    }

    private static void putIfPresent(ObjectNode body, String field, Object value) {
        if (value != null) {
            body.put(field, value.toString());
        }
    }
}
