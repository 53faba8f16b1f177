package org.liaison.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The full current state of a meeting, carried by every {@code meeting.*} event.
 *
 * @param status       planned, held, postponed or cancelled
 * @param dateAsWritten the date as the source words it («أمس السبت», «الثلاثاء المقبل»)
 * @param timeZone     an IANA zone (Asia/Damascus) for {@code startTime}/{@code endTime}
 * @param restricted   whether its details are for the offices taking part only
 * @param parties      the offices taking part (organiser, co-hosts, participating organisations, the office
 *                     that recorded it): consumers that show a restricted meeting to others show only its
 *                     date, kind and organiser
 * @param followUpOf   the meeting this one was announced as the follow-up of
 * @param instruments  canonical ids of the instruments it refers to ({@code unsc-2254}, {@code cedaw})
 * @param advances     ids of the recommendations (recommendations-service) this meeting advances
 */
public record MeetingState(UUID id, long version, String kind, String status, String titleAr, String titleEn,
                           PartialDate date, String dateAsWritten, LocalTime startTime, LocalTime endTime,
                           String timeZone, MeetingPlace place, UUID organizerId,
                           List<MeetingParticipant> participants, List<ParticipantGroup> unnamedParticipants,
                           List<AgendaItem> agenda, List<String> topics, String summary, List<String> outcomes,
                           UUID followUpOf, List<String> instruments, List<UUID> advances, List<Source> sources,
                           boolean restricted, List<UUID> parties)
        implements AggregateState {

    public MeetingState {
        participants = copy(participants);
        unnamedParticipants = copy(unnamedParticipants);
        agenda = copy(agenda);
        topics = copy(topics);
        outcomes = copy(outcomes);
        instruments = copy(instruments);
        advances = copy(advances);
        sources = copy(sources);
        parties = copy(parties);
    }

    /** A planned meeting known by its title, date and organiser only. */
    public MeetingState(UUID id, long version, String kind, String titleAr, String titleEn, PartialDate date,
                        UUID organizerId, boolean restricted, List<UUID> parties) {
        this(id, version, kind, "planned", titleAr, titleEn, date, null, null, null, null, null, organizerId,
                List.of(), List.of(), List.of(), List.of(), null, List.of(), null, List.of(), List.of(), List.of(),
                restricted, parties);
    }

    /**
     * Where a meeting took place.
     *
     * @param country ISO 3166-1 alpha-2
     * @param mode    in_person, online or hybrid
     */
    public record MeetingPlace(String cityAr, String cityEn, String country, String venueAr, String venueEn,
                               String mode) {
    }

    /**
     * One entry of who took part: an organisation and/or a person.
     *
     * @param personName the person as the source names them, also when orgs-service does not know them yet
     * @param role       organizer, co_host, chair, speaker, participant, observer, envoy, delegation_head
     */
    public record MeetingParticipant(UUID organizationId, UUID personId, String personName, String role,
                                     UUID onBehalfOfId, String note) {
    }

    /**
     * Participants not named one by one: «ممثلون عن 150 منظمة مدنية سورية» (150 of them), or «عدد كبير من المبعوثين
     * الدوليين الخاصين» (a large number: no count). At least one of {@code count} and {@code description}.
     *
     * @param count            how many, when the source says
     * @param organizationKind the kind of body they come from, when the source says ({@link OrganizationKind} code)
     */
    public record ParticipantGroup(Integer count, String description, String organizationKind) {
    }

    /**
     * One item of a meeting's agenda with what came of it (OParl's AgendaItem).
     *
     * @param number      as the agenda numbers it ("1", "2.a"); null when the source gives none
     * @param result      what came of the item, as the source says
     * @param decisions   the decisions taken on it, each as the source words it
     * @param documentIds the meeting's documents the item concerns (a working paper, a draft statement)
     */
    public record AgendaItem(String number, String title, String result, List<String> decisions,
                             List<UUID> documentIds) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public AgendaItem(@JsonProperty("number") String number, @JsonProperty("title") String title,
                          @JsonProperty("result") String result, @JsonProperty("decisions") List<String> decisions,
                          @JsonProperty("documentIds") List<UUID> documentIds) {
            this.number = number;
            this.title = title;
            this.result = result;
            this.decisions = decisions == null ? List.of() : List.copyOf(decisions);
            this.documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        }

        /** An item that concerns no document. */
        public AgendaItem(String number, String title, String result, List<String> decisions) {
            this(number, title, result, decisions, null);
        }

        /** An agenda line of an event written before items had results: the item of that title. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static AgendaItem titled(String title) {
            return new AgendaItem(null, title, null, null);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
