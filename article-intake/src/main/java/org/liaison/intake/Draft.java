package org.liaison.intake;

import org.liaison.contracts.PartialDate;

import java.util.List;

/**
 * What an article says, read for a reviewer: every item with the span of text that supports it. Nothing in a draft
 * is registered; matches to registered records carry their confidence and are the reviewer's to accept or correct.
 *
 * @param meeting         the meeting the article reports or announces, or {@code null} when it describes none
 * @param organizations   organisations mentioned, each once, in order of first mention
 * @param people          people mentioned, each once, in order of first mention
 * @param groups          participants the article counts or describes without naming them
 * @param instruments     international instruments cited, resolved to the catalogue
 * @param recommendations numbered list items, numbers as written
 * @param statements      who said what, the sentence as quote
 * @param warnings        stable English messages: what could not be read, or was read with doubt
 */
public record Draft(Meeting meeting, List<Organization> organizations, List<Person> people,
                    List<ParticipantGroup> groups, List<InstrumentCited> instruments,
                    List<Recommendation> recommendations, List<Statement> statements, List<String> warnings) {

    public Draft {
        organizations = List.copyOf(organizations);
        people = List.copyOf(people);
        groups = List.copyOf(groups);
        instruments = List.copyOf(instruments);
        recommendations = List.copyOf(recommendations);
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    /** A draft with nothing in it but why. */
    static Draft empty(List<String> warnings) {
        return new Draft(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), warnings);
    }

    /** Whether the article gave nothing to register. */
    public boolean isEmpty() {
        return meeting == null && organizations.isEmpty() && people.isEmpty() && groups.isEmpty()
                && instruments.isEmpty() && recommendations.isEmpty() && statements.isEmpty();
    }

    /**
     * The meeting.
     *
     * @param kind   {@code annual_meeting}, {@code expanded_meeting}, {@code conference}, {@code internal_meeting},
     *               {@code meeting_with_envoys}, {@code bilateral} or {@code meeting}
     * @param title  the headline, when the article has one
     * @param date   when it was (or will be) held; its {@code date} is {@code null} when the text does not tell
     * @param place  where, from the gazetteer; {@code null} when the text names no known place for it
     * @param status {@code planned} when the article speaks of it in the future, else {@code held}
     * @param span   the sentence that reports it
     */
    public record Meeting(String kind, Text title, DateRead date, Place place, String status, Span span) {
    }

    /** A piece of the article as written. */
    public record Text(String text, Span span) {
    }

    /**
     * A date read from the text.
     *
     * @param date      the date at the precision the text gives, or {@code null}: never a guess
     * @param asWritten the expression as written («أمس السبت»), or {@code null} when the text has none
     * @param warnings  what the reading found inconsistent or missing
     * @param span      the expression, or {@code null} when the text has none
     */
    public record DateRead(PartialDate date, String asWritten, List<String> warnings, Span span) {
        public DateRead {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A place of the gazetteer.
     *
     * @param nameAr  its Arabic name
     * @param nameEn  its English name
     * @param country ISO 3166 alpha-2
     * @param venue   the venue the text names before it («معهد العالم العربي»), or {@code null}
     * @param span    the place as written
     */
    public record Place(String nameAr, String nameEn, String country, String venue, Span span) {
    }

    /**
     * An organisation mentioned.
     *
     * @param asWritten    its first mention as written
     * @param matches      registered organisations it may be, surest first; empty when it is proposed as new
     * @param proposedKind the kind guessed from its name or the word before it, for a new one; {@code null} when
     *                     nothing tells
     * @param spans        every mention
     */
    public record Organization(String asWritten, List<Match> matches, String proposedKind, List<Span> spans) {
        public Organization {
            matches = List.copyOf(matches);
            spans = List.copyOf(spans);
        }

        /** The surest registered match, or {@code null} for a new organisation. */
        public Match best() {
            return matches.isEmpty() ? null : matches.get(0);
        }
    }

    /**
     * A registered record a mention may be.
     *
     * @param id         the record's id
     * @param name       its name
     * @param layer      the name of it that matched ({@code NAME}, {@code SHORT_NAME}, ...; {@code QUOTED_NAME}
     *                   when a quoted name matched once the word before it was added)
     * @param confidence 0 to 1
     */
    public record Match(String id, String name, String layer, double confidence) {
    }

    /**
     * A person mentioned.
     *
     * @param asWritten    their name as first written
     * @param honorific    «د.», «الدكتور», «السيد», «السيدة» ... as written, or {@code null}
     * @param role         the role the text gives them («المدير التنفيذي»), or {@code null}
     * @param organization the organisation of that role as written, or {@code null}
     * @param matches      registered people they may be; empty when proposed as new
     * @param spans        every mention (a later mention by part of the name included)
     */
    public record Person(String asWritten, String honorific, Text role, Text organization, List<Match> matches,
                         List<Span> spans) {
        public Person {
            matches = List.copyOf(matches);
            spans = List.copyOf(spans);
        }

        /** The surest registered match, or {@code null} for a new person. */
        public Match best() {
            return matches.isEmpty() ? null : matches.get(0);
        }
    }

    /**
     * Participants the article does not name one by one.
     *
     * @param description      as written («ممثلين عن 150 منظمة مدنية سورية»)
     * @param count            the number the text gives, or {@code null}
     * @param organizationKind the kind of body, where the words say it, else {@code null}
     * @param span             the description
     */
    public record ParticipantGroup(String description, Integer count, String organizationKind, Span span) {
    }

    /**
     * An instrument cited.
     *
     * @param id     its catalogue id ({@code unsc-2254})
     * @param nameAr its Arabic name in the catalogue
     * @param span   the sentence that cites it
     */
    public record InstrumentCited(String id, String nameAr, Span span) {
    }

    /**
     * An item of a numbered list.
     *
     * @param numberAsWritten «1», «٣», «أولاً», as written
     * @param text            the item without its number
     * @param span            the item's text
     */
    public record Recommendation(String numberAsWritten, String text, Span span) {
    }

    /**
     * Who said what.
     *
     * @param speaker         the speaker's name as written in the sentence
     * @param speakerPersonId the registered person the speaker was matched to, or {@code null}
     * @param quote           the sentence
     * @param span            the sentence
     */
    public record Statement(String speaker, String speakerPersonId, String quote, Span span) {
    }
}
