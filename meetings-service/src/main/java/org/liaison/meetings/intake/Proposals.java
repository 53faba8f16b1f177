package org.liaison.meetings.intake;

import org.liaison.contracts.EnumCodes;
import org.liaison.contracts.OrganizationKind;
import org.liaison.contracts.PartialDate;
import org.liaison.intake.Draft;
import org.liaison.intake.Span;
import org.liaison.meetings.intake.IntakeRequests.Accept;
import org.liaison.meetings.intake.IntakeRequests.Decision;
import org.liaison.meetings.intake.IntakeRequests.MeetingEntry;
import org.liaison.meetings.intake.IntakeRequests.OrganizationEntry;
import org.liaison.meetings.intake.IntakeRequests.ParticipantEntry;
import org.liaison.meetings.intake.IntakeRequests.PersonEntry;
import org.liaison.meetings.intake.IntakeRequests.RecommendationItem;
import org.liaison.meetings.intake.IntakeRequests.RecommendationsEntry;
import org.liaison.meetings.intake.IntakeRequests.RoleEntry;
import org.liaison.meetings.intake.IntakeRequests.StatementEntry;
import org.liaison.meetings.model.MeetingKind;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.meetings.model.ParticipantRole;
import org.liaison.meetings.participation.ParticipantGroupInput;
import org.liaison.meetings.place.PlaceInput;
import org.liaison.support.input.SourceInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The accept body a reviewer starts from: the draft's best reading, every match taken, every unmatched mention
 * proposed as new, the first organisation as organiser and the others (with the people of their roles) as
 * participants. Only the reviewer decides; this is what they correct.
 */
final class Proposals {

    private Proposals() {
    }

    static Accept of(Draft draft, String text, PartialDate publishedOn) {
        List<OrganizationEntry> organizations = new ArrayList<>();
        for (int i = 0; i < draft.organizations().size(); i++) {
            Draft.Organization mention = draft.organizations().get(i);
            Draft.Match best = mention.best();
            String quote = quote(sentence(text, mention.spans().get(0)));
            organizations.add(best == null
                    ? new OrganizationEntry("o" + i, i, Decision.NEW, null, mention.asWritten(), null,
                    mention.proposedKind(), null, null, null, quote)
                    : new OrganizationEntry("o" + i, i, Decision.EXISTING, UUID.fromString(best.id()), best.name(),
                    null, null, null, null, null, quote));
        }
        List<PersonEntry> people = new ArrayList<>();
        for (int i = 0; i < draft.people().size(); i++) {
            Draft.Person mention = draft.people().get(i);
            Draft.Match best = mention.best();
            List<RoleEntry> roles = new ArrayList<>();
            String organizationKey = organizationKey(draft, mention.organization());
            if (mention.role() != null && organizationKey != null) {
                String label = mention.role().text();
                roles.add(new RoleEntry(organizationKey, RoleLabels.role(label), label));
            }
            String quote = quote(sentence(text, mention.spans().get(0)));
            people.add(best == null
                    ? new PersonEntry("p" + i, i, Decision.NEW, null, mention.asWritten(), null, mention.honorific(),
                    roles, quote)
                    : new PersonEntry("p" + i, i, Decision.EXISTING, UUID.fromString(best.id()), best.name(), null,
                    mention.honorific(), roles, quote));
        }
        List<StatementEntry> statements = new ArrayList<>();
        for (Draft.Statement statement : draft.statements()) {
            String speaker = personKey(draft, statement);
            statements.add(new StatementEntry(speaker, speaker == null ? null : roleOrganization(people, speaker),
                    speaker == null ? statement.speaker() : null, statement.quote(), false));
        }
        MeetingEntry meeting = meeting(draft, text, organizations, people, statements);
        return new Accept(organizations, people, meeting, List.of(), statements,
                recommendations(draft, text, meeting, publishedOn));
    }

    private static MeetingEntry meeting(Draft draft, String text, List<OrganizationEntry> organizations,
                                        List<PersonEntry> people, List<StatementEntry> statements) {
        Draft.Meeting read = draft.meeting();
        if (read == null) {
            return null;
        }
        String organizer = organizations.isEmpty() ? null : organizations.get(0).key();
        Set<String> speakers = new HashSet<>();
        statements.forEach(s -> speakers.add(s.speaker()));
        List<ParticipantEntry> participants = new ArrayList<>();
        Set<String> represented = new HashSet<>();
        for (PersonEntry person : people) {
            String organization = person.roles().isEmpty() ? null : person.roles().get(0).organization();
            represented.add(organization);
            participants.add(new ParticipantEntry(organization, person.key(),
                    speakers.contains(person.key()) ? ParticipantRole.SPEAKER : ParticipantRole.PARTICIPANT, null));
        }
        for (OrganizationEntry organization : organizations) {
            if (!organization.key().equals(organizer) && !represented.contains(organization.key())) {
                participants.add(new ParticipantEntry(organization.key(), null, ParticipantRole.PARTICIPANT, null));
            }
        }
        List<ParticipantGroupInput> groups = draft.groups().stream().map(g -> new ParticipantGroupInput(g.count(),
                g.description(), g.organizationKind() == null ? null
                : EnumCodes.parse(OrganizationKind.class, g.organizationKind()))).toList();
        Draft.Place place = read.place();
        return new MeetingEntry(kind(read.kind()), EnumCodes.parse(MeetingStatus.class, read.status()),
                read.title() == null ? null : read.title().text(), null,
                read.date() == null ? null : read.date().date(),
                read.date() == null ? null : read.date().asWritten(),
                place == null ? null : new PlaceInput(place.nameAr(), place.nameEn(), place.country(), place.venue(),
                        null, null),
                organizer, participants, groups, null, null, null, null,
                draft.instruments().stream().map(Draft.InstrumentCited::id).toList(), false,
                quote(sentence(text, read.span())));
    }

    private static RecommendationsEntry recommendations(Draft draft, String text, MeetingEntry meeting,
                                                        PartialDate publishedOn) {
        if (draft.recommendations().isEmpty()) {
            return null;
        }
        PartialDate day = meeting != null && meeting.date() != null ? meeting.date() : publishedOn;
        Integer year = day == null ? null : day.year();
        String title = meeting == null || meeting.titleAr() == null ? null : "توصيات: " + meeting.titleAr();
        return new RecommendationsEntry(meeting == null ? null : meeting.organizer(), year, title, null,
                meeting != null, draft.recommendations().stream()
                .map(r -> new RecommendationItem(r.numberAsWritten(), r.text())).toList(),
                quote(sentence(text, draft.recommendations().get(0).span())));
    }

    /** A meeting kind of the draft that meetings-service records; {@code meeting} (no more said) is left to pick. */
    private static MeetingKind kind(String code) {
        for (MeetingKind kind : MeetingKind.values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }

    private static String organizationKey(Draft draft, Draft.Text written) {
        if (written == null) {
            return null;
        }
        for (int i = 0; i < draft.organizations().size(); i++) {
            Draft.Organization organization = draft.organizations().get(i);
            if (organization.asWritten().equals(written.text())
                    || organization.spans().stream().anyMatch(s -> overlaps(s, written.span()))) {
                return "o" + i;
            }
        }
        return null;
    }

    private static String personKey(Draft draft, Draft.Statement statement) {
        for (int i = 0; i < draft.people().size(); i++) {
            Draft.Person person = draft.people().get(i);
            Draft.Match best = person.best();
            if (statement.speakerPersonId() != null && best != null
                    && best.id().equals(statement.speakerPersonId())
                    || person.spans().stream().anyMatch(s -> overlaps(s, statement.span()))
                    && Objects.equals(person.asWritten(), statement.speaker())) {
                return "p" + i;
            }
        }
        for (int i = 0; i < draft.people().size(); i++) {
            if (draft.people().get(i).asWritten().contains(statement.speaker())) {
                return "p" + i;
            }
        }
        return null;
    }

    private static String roleOrganization(List<PersonEntry> people, String personKey) {
        return people.stream().filter(p -> p.key().equals(personKey)).findFirst()
                .filter(p -> !p.roles().isEmpty()).map(p -> p.roles().get(0).organization()).orElse(null);
    }

    private static boolean overlaps(Span a, Span b) {
        return a != null && b != null && a.start() < b.end() && b.start() < a.end();
    }

    /** The sentence of the article around a span: the source's quote for the item. */
    static String sentence(String text, Span span) {
        if (span == null) {
            return null;
        }
        int start = span.start();
        while (start > 0 && !ends(text.charAt(start - 1))) {
            start--;
        }
        int end = span.end();
        while (end < text.length() && !ends(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(start, end).strip();
    }

    private static boolean ends(char c) {
        return c == '.' || c == '\n' || c == '؟' || c == '?' || c == '!';
    }

    /** A quote within what a source keeps. */
    static String quote(String sentence) {
        return sentence == null || sentence.length() <= SourceInput.QUOTE_MAX ? sentence
                : sentence.substring(0, SourceInput.QUOTE_MAX - 1) + "…";
    }
}
