package org.liaison.meetings.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OrganizationState;
import org.liaison.meetings.directory.PersonDirectory;
import org.liaison.meetings.instrument.InstrumentReferences;
import org.liaison.meetings.meeting.MeetingService;
import org.liaison.meetings.meeting.MeetingView.OrganizationRef;
import org.liaison.meetings.merge.ReferenceColumns;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.participation.ParticipantReferences;
import org.liaison.meetings.search.SqlConditions;
import org.liaison.meetings.search.Visibility;
import org.liaison.names.ArabicNames;
import org.liaison.support.directory.InstrumentDirectory;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.Preconditions;
import org.liaison.support.input.Inputs;
import org.liaison.support.input.SourceInput;
import org.liaison.support.merge.ReferenceRewrites;
import org.liaison.support.merge.ReferenceRewrites.Resolution;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageTotal;
import org.liaison.support.paging.PageTotals;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.text.NameSearch;
import org.liaison.support.text.SearchText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/**
 * The transaction boundary of statements: each change and its {@code statement.*} event commit together. Whoever may
 * change a meeting records and corrects its statements; whoever may see a meeting's details sees its statements (a
 * restricted meeting's are for its parties and admins, as its details are).
 */
@ApplicationScoped
@Transactional
public class StatementService {

    /** Where lists across meetings read: each statement with its meeting, whose visibility rule applies. */
    private static final String FROM = "from meeting_statement s join meeting m on m.id = s.meeting_id";

    private final Outbox outbox;
    private final CurrentActor actor;
    private final ParticipantReferences references;
    private final ReferenceRewrites rewrites;
    private final InstrumentDirectory instruments;
    private final OrganizationDirectory organizations;
    private final EntityManager entityManager;
    private final PageTotals totals;

    public StatementService(Outbox outbox, CurrentActor actor, ParticipantReferences references,
                            ReferenceRewrites rewrites, InstrumentDirectory instruments,
                            OrganizationDirectory organizations, EntityManager entityManager, PageTotals totals) {
        this.outbox = outbox;
        this.actor = actor;
        this.references = references;
        this.rewrites = rewrites;
        this.instruments = instruments;
        this.organizations = organizations;
        this.entityManager = entityManager;
        this.totals = totals;
    }

    /** What to list: any of them may be null. */
    public record Filter(String q, UUID person, UUID organization, UUID meeting) {
    }

    public StatementView record(UUID meetingId, StatementRequest request) {
        requireSameMeeting(meetingId, request);
        Meeting meeting = requireChangeable(meetingId);
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Statement.findById(id) != null) {
            throw alreadyRecorded(id);
        }
        Statement statement = new Statement();
        statement.id = id;
        statement.meetingId = meetingId;
        Resolution speaker = assign(statement, request);
        statement.createdByOffice = actor.office().orElse(null);
        statement.createdAt = now();
        statement.updatedAt = statement.createdAt;
        Inserts.persistNew(Statement.getEntityManager(), statement, "meeting_statement_pkey",
                () -> alreadyRecorded(id));
        recordRewrite(statement, speaker);
        outbox.append(EventTypes.STATEMENT_RECORDED, AggregateTypes.STATEMENT, () -> statement.toState(meeting));
        return view(statement, meeting);
    }

    /** PUT: every field replaced by the request's, absent ones cleared. */
    public StatementView replace(UUID meetingId, UUID id, String ifMatch, StatementRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.unprocessable("id", "must be absent or " + id);
        }
        requireSameMeeting(meetingId, request);
        Meeting meeting = requireChangeable(meetingId);
        Statement statement = require(meeting, id);
        Preconditions.requireIfMatch(ifMatch, statement.version);
        // The request's fields on a detached copy first: assigning equal values to the entity would still version it
        // (its JSON columns are compared as new objects), and an equal request changes nothing.
        Statement requested = new Statement();
        Resolution speaker = assign(requested, request);
        if (sameFields(statement, requested)) {
            return view(statement, meeting);
        }
        boolean speakerChanged = !Objects.equals(statement.speakerOrganizationId, requested.speakerOrganizationId);
        copyFields(requested, statement);
        statement.updatedAt = now();
        if (speakerChanged) {
            rewrites.forgetRow(ReferenceColumns.STATEMENT_SPEAKER, statement.id);
            recordRewrite(statement, speaker);
        }
        outbox.append(EventTypes.STATEMENT_UPDATED, AggregateTypes.STATEMENT, () -> statement.toState(meeting));
        return view(statement, meeting);
    }

    /** 404 for a statement of a meeting whose details the caller may not see: it is one of those details. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementView get(UUID meetingId, UUID id) {
        Meeting meeting = MeetingService.require(meetingId);
        if (!actor.maySeeDetails(meeting.restricted, meeting.parties())) {
            throw ProblemException.notFound("statement", id);
        }
        return view(require(meeting, id), meeting);
    }

    /**
     * A meeting's statements in the order they were recorded.
     *
     * @param redacted true when the meeting is restricted and the caller is not one of its parties: no statement is
     *                 shown, as none of its details is
     */
    public record MeetingStatements(List<StatementView> items, boolean redacted) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingStatements ofMeeting(UUID meetingId) {
        Meeting meeting = MeetingService.require(meetingId);
        if (!actor.maySeeDetails(meeting.restricted, meeting.parties())) {
            return new MeetingStatements(List.of(), true);
        }
        return new MeetingStatements(Statement.<Statement>list("meetingId = ?1 order by createdAt, id", meetingId)
                .stream().map(s -> view(s, meeting)).toList(), false);
    }

    /**
     * Statements across meetings, oldest recorded first, of the meetings whose details the caller may see.
     *
     * @param filter {@code q}: any spelling of words of the text or of the speaker's names (as written or as
     *               registered); {@code person}: that person and everyone merged into them
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatementView> find(Filter filter, int limit, String cursor) {
        Visibility visibility = new Visibility(actor.isAdmin(), actor.office().orElse(null));
        SqlConditions conditions = new SqlConditions().add(visibility.sql(), visibility.values());
        if (filter.meeting() != null) {
            conditions.add("s.meeting_id = ?", filter.meeting());
        }
        if (filter.organization() != null) {
            conditions.add("s.speaker_organization_id = ?", filter.organization());
        }
        if (filter.person() != null) {
            conditions.add("s.speaker_person_id in (" + PersonDirectory.SAME_PERSON + ")", filter.person());
        }
        List<String> words = words(filter.q());
        if (words.isEmpty() && filter.q() != null && !filter.q().isBlank()) {
            return new Page<>(List.of(), limit, 0, null); // only marks and punctuation: nothing to find by
        }
        // Every word, in any spelling, in the text or the speaker's names: words of a statement need not be adjacent.
        for (String word : words) {
            NameSearch w = NameSearch.of(word).orElseThrow();
            conditions.add("s.search_text like ? or s.search_text like ? or s.speaker_person_id in (select"
                    + " d.id from directory_person d where d.search_text like ? or d.search_text like ?)",
                    w.search(), w.compact(), w.search(), w.compact());
        }
        PageTotal total = totals.count(FROM + " where " + conditions.where(), List.copyOf(conditions.parameters()));
        KeysetCursor after = KeysetCursor.decode(cursor);
        if (after != null) {
            conditions.add("s.created_at > ? or (s.created_at = ? and s.id > ?)", after.after(), after.after(),
                    after.afterId());
        }
        String sql = "select s.id " + FROM + " where " + conditions.where() + " order by s.created_at, s.id limit "
                + conditions.bind("?", limit + 1);
        @SuppressWarnings("unchecked")
        List<UUID> ids = conditions.bindTo(entityManager.createNativeQuery(sql)).getResultList();
        boolean more = ids.size() > limit;
        List<UUID> shown = more ? ids.subList(0, limit) : ids;
        Map<UUID, Statement> byId = shown.isEmpty() ? Map.of() : Statement.<Statement>list("id in ?1", shown).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<Statement> page = shown.stream().map(byId::get).toList();
        Map<UUID, Meeting> meetings = page.isEmpty() ? Map.of() : Meeting.readOnly(page.stream()
                .map(s -> s.meetingId).distinct().toList()).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        String next = more ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new Page<>(page.stream().map(s -> withMeeting(view(s, meetings.get(s.meetingId)),
                meetings.get(s.meetingId))).toList(), limit, total, next);
    }

    private static void requireSameMeeting(UUID meetingId, StatementRequest request) {
        if (request.meetingId() != null && !request.meetingId().equals(meetingId)) {
            throw ProblemException.unprocessable("meetingId", "must be absent or " + meetingId
                    + ", the meeting of the path");
        }
    }

    /** The query's words as the normaliser folds them; none for a query that folds to nothing. */
    private static List<String> words(String q) {
        String folded = q == null ? "" : ArabicNames.searchKey(q);
        return folded.isBlank() ? List.of() : List.of(folded.strip().split("\\s+"));
    }

    private Meeting requireChangeable(UUID meetingId) {
        Meeting meeting = MeetingService.require(meetingId);
        actor.requireMayChange("meeting " + meetingId, meeting.owners());
        return meeting;
    }

    /**
     * Sets the request's fields on the statement, checked: the speaker's organisation must be known (422) and a merged
     * one is stored as its winner.
     *
     * @return how the speaker's organisation was resolved, or null when there is none
     */
    private Resolution assign(Statement statement, StatementRequest request) {
        Resolution speaker = request.speakerOrganizationId() == null ? null
                : references.require("speakerOrganizationId", request.speakerOrganizationId());
        statement.speakerPersonId = request.speakerPersonId();
        statement.speakerOrganizationId = speaker == null ? null : speaker.current();
        statement.speakerName = blankToNull(request.speakerName());
        statement.textAr = blankToNull(request.textAr());
        statement.textEn = blankToNull(request.textEn());
        statement.quoted = Boolean.TRUE.equals(request.quoted());
        statement.topics = Inputs.texts(request.topics());
        statement.instruments = InstrumentReferences.resolve(request.instruments(), instruments.catalogue());
        statement.sources = new ArrayList<>(Inputs.map(request.sources(), SourceInput::toSource).stream().distinct()
                .toList());
        List<String> searched = new ArrayList<>(Arrays.asList(statement.speakerName, statement.textAr,
                statement.textEn));
        searched.addAll(statement.topics);
        statement.searchText = SearchText.of(searched);
        return speaker;
    }

    /** A speaker's organisation given as a merged one: undoing that merge gives it back (as for participants). */
    private void recordRewrite(Statement statement, Resolution speaker) {
        if (speaker != null) {
            rewrites.record(ReferenceColumns.STATEMENT_SPEAKER, statement.meetingId, statement.id, 0, speaker);
        }
    }

    private StatementView view(Statement s, Meeting meeting) {
        OrganizationRef organization = s.speakerOrganizationId == null ? null : organizations.find(
                s.speakerOrganizationId).map(o -> ref(s.speakerOrganizationId, o))
                .orElse(new OrganizationRef(s.speakerOrganizationId, null, null));
        return new StatementView(s.id, s.version, s.meetingId, null, s.speakerPersonId, s.speakerOrganizationId,
                organization, s.speakerName, s.textAr, s.textEn, s.quoted, List.copyOf(s.topics),
                List.copyOf(s.instruments), List.copyOf(s.sources), s.createdAt, s.updatedAt);
    }

    private static OrganizationRef ref(UUID id, OrganizationState state) {
        return new OrganizationRef(id, state.nameAr(), state.nameEn());
    }

    private static StatementView withMeeting(StatementView v, Meeting m) {
        return new StatementView(v.id(), v.version(), v.meetingId(), new StatementView.MeetingRef(m.id, m.titleAr,
                m.titleEn, m.date() == null ? null : m.date().toString()), v.speakerPersonId(),
                v.speakerOrganizationId(), v.speakerOrganization(), v.speakerName(), v.textAr(), v.textEn(),
                v.quoted(), v.topics(), v.instruments(), v.sources(), v.createdAt(), v.updatedAt());
    }

    private static void copyFields(Statement from, Statement to) {
        to.speakerPersonId = from.speakerPersonId;
        to.speakerOrganizationId = from.speakerOrganizationId;
        to.speakerName = from.speakerName;
        to.textAr = from.textAr;
        to.textEn = from.textEn;
        to.quoted = from.quoted;
        to.topics = from.topics;
        to.instruments = from.instruments;
        to.sources = from.sources;
        to.searchText = from.searchText;
    }

    private static boolean sameFields(Statement a, Statement b) {
        return Objects.equals(a.speakerPersonId, b.speakerPersonId)
                && Objects.equals(a.speakerOrganizationId, b.speakerOrganizationId)
                && Objects.equals(a.speakerName, b.speakerName) && Objects.equals(a.textAr, b.textAr)
                && Objects.equals(a.textEn, b.textEn) && a.quoted == b.quoted && a.topics.equals(b.topics)
                && a.instruments.equals(b.instruments) && a.sources.equals(b.sources);
    }

    private static Statement require(Meeting meeting, UUID id) {
        Statement statement = Statement.findById(id);
        if (statement == null || !statement.meetingId.equals(meeting.id)) {
            throw ProblemException.notFound("statement", id);
        }
        return statement;
    }

    private static ProblemException alreadyRecorded(UUID id) {
        return ProblemException.conflict("statement " + id + " is already recorded", Map.of("existingId", id));
    }
}
