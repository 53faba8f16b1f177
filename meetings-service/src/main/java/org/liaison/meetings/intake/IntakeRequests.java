package org.liaison.meetings.intake;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.EnumCodes;
import org.liaison.contracts.PartialDate;
import org.liaison.intake.ArticleText;
import org.liaison.meetings.meeting.AgendaItemInput;
import org.liaison.meetings.model.MeetingKind;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.meetings.model.ParticipantRole;
import org.liaison.meetings.participation.ParticipantGroupInput;
import org.liaison.meetings.place.PlaceInput;
import org.liaison.support.input.SourceInput;

import java.util.List;
import java.util.UUID;

import static org.liaison.meetings.common.Limits.AGENDA_MAX;
import static org.liaison.meetings.common.Limits.ITEM_MAX;
import static org.liaison.meetings.common.Limits.LIST_MAX;
import static org.liaison.meetings.common.Limits.NAME_MAX;
import static org.liaison.meetings.common.Limits.NOTE_MAX;
import static org.liaison.meetings.common.Limits.PARTICIPANTS_MAX;
import static org.liaison.meetings.common.Limits.SHORT_TEXT_MAX;
import static org.liaison.meetings.common.Limits.SUMMARY_MAX;
import static org.liaison.meetings.common.Limits.TITLE_MAX;

/** Request bodies of article intake: the article pasted, and the reviewer's accepted proposal. */
public final class IntakeRequests {

    private IntakeRequests() {
    }

    /** The longest article read: more is refused rather than read slowly or truncated. */
    public static final int TEXT_MAX = ArticleText.MAX_LENGTH;
    /** A reference to an organisation or person of the body: a key it gives, or a registered record's id. */
    static final String REFERENCE = "^[A-Za-z0-9_-]{1,64}$";
    static final String REFERENCE_MESSAGE = "must be a key of the request (o1, p2) or a registered id";

    /**
     * An article as pasted.
     *
     * @param text        the article; what is read
     * @param title       its headline, when the paste leaves it out (the source's title)
     * @param publishedOn the day it was published: relative dates («أمس السبت») are read against it
     * @param language    BCP 47 tag of the text (default ar)
     */
    public record Article(@NotNull String text,
                          @Size(max = SourceInput.URL_MAX) @Pattern(regexp = SourceInput.HTTP_URL,
                                  message = "must be an http or https URL") String url,
                          @Size(max = SourceInput.PUBLISHER_MAX) String publisher,
                          @Size(max = SourceInput.TITLE_MAX) String title,
                          PartialDate publishedOn,
                          @Size(max = SourceInput.LANGUAGE_MAX) @Pattern(regexp = SourceInput.LANGUAGE_TAG,
                                  message = "must be a BCP 47 language tag such as ar or en-GB") String language) {
    }

    /** What the reviewer decides about a drafted (or added) organisation or person. */
    public enum Decision {
        /** A registered record: {@code id}. */
        EXISTING,
        /** Registered now from the entry's fields, unless it turns out to be registered already. */
        NEW,
        /** Not a record to keep (a false mention): nothing may refer to it. */
        IGNORE;

        @JsonValue
        public String code() {
            return EnumCodes.code(this);
        }

        @JsonCreator
        public static Decision fromCode(String code) {
            return EnumCodes.parse(Decision.class, code);
        }
    }

    /**
     * The reviewer's corrected proposal: what to register and record, all at once.
     *
     * @param organizations   every organisation the rest refers to, by {@code key}
     * @param people          every person the rest refers to, by {@code key}
     * @param meeting         the meeting to record, or null
     * @param followUps       meetings the article announces as following that one (a conference a committee
     *                        prepares, a next round), each recorded with {@code followUpOf} the meeting
     * @param statements      who said what at that meeting
     * @param recommendations the numbered recommendations adopted, as a set, or null
     */
    public record Accept(@Size(max = LIST_MAX * 4) List<@NotNull @Valid OrganizationEntry> organizations,
                         @Size(max = LIST_MAX * 4) List<@NotNull @Valid PersonEntry> people,
                         @Valid MeetingEntry meeting,
                         @Size(max = 10) List<@NotNull @Valid MeetingEntry> followUps,
                         @Size(max = LIST_MAX * 2) List<@NotNull @Valid StatementEntry> statements,
                         @Valid RecommendationsEntry recommendations) {

        public Accept {
            organizations = organizations == null ? List.of() : organizations;
            people = people == null ? List.of() : people;
            followUps = followUps == null ? List.of() : followUps;
            statements = statements == null ? List.of() : statements;
        }
    }

    /**
     * An organisation: a registered one ({@code existing}, {@code id}), one to register ({@code new}), or a mention
     * that is none ({@code ignore}).
     *
     * @param item   the index of the draft's organisation it decides on; null for one the reviewer adds
     * @param parent a key or id of the organisation it belongs to, for a new one
     * @param quote  the sentence of the article that supports it (the source's quote)
     */
    public record OrganizationEntry(@NotBlank @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String key,
                                    @Min(0) Integer item,
                                    @NotNull Decision decision,
                                    UUID id,
                                    @Size(max = NAME_MAX) String nameAr,
                                    @Size(max = NAME_MAX) String nameEn,
                                    @Size(max = 64) String kind,
                                    @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String parent,
                                    @Size(max = 64) String parentRelation,
                                    @Pattern(regexp = "^[A-Z]{2}$",
                                            message = "must be an ISO 3166-1 alpha-2 code such as SY") String country,
                                    @Size(max = SourceInput.QUOTE_MAX) String quote) {
    }

    /**
     * A person, as {@link OrganizationEntry}, with the roles the article gives them.
     *
     * @param roles memberships to record (a role already held in that organisation is referenced)
     */
    public record PersonEntry(@NotBlank @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String key,
                              @Min(0) Integer item,
                              @NotNull Decision decision,
                              UUID id,
                              @Size(max = NAME_MAX) String nameAr,
                              @Size(max = NAME_MAX) String nameEn,
                              @Size(max = 64) String honorific,
                              @Size(max = LIST_MAX) List<@NotNull @Valid RoleEntry> roles,
                              @Size(max = SourceInput.QUOTE_MAX) String quote) {

        public PersonEntry {
            roles = roles == null ? List.of() : roles;
        }
    }

    /**
     * A role in an organisation.
     *
     * @param role  orgs-service's closed list (president, executive_director, co_chair, ...)
     * @param label the role as the article words it
     */
    public record RoleEntry(@NotBlank @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String organization,
                            @NotBlank @Size(max = 64) String role,
                            @Size(max = SHORT_TEXT_MAX) String label) {
    }

    /** The meeting, as {@code POST /meetings} takes it, with organisations and people as keys or ids. */
    public record MeetingEntry(@NotNull MeetingKind kind,
                               MeetingStatus status,
                               @NotBlank @Size(max = TITLE_MAX) String titleAr,
                               @Size(max = TITLE_MAX) String titleEn,
                               PartialDate date,
                               @Size(max = SHORT_TEXT_MAX) String dateAsWritten,
                               @Valid PlaceInput place,
                               @NotBlank @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String organizer,
                               @Size(max = PARTICIPANTS_MAX) List<@NotNull @Valid ParticipantEntry> participants,
                               @Size(max = LIST_MAX) List<@NotNull @Valid ParticipantGroupInput> unnamedParticipants,
                               @Size(max = AGENDA_MAX) List<@NotNull @Valid AgendaItemInput> agenda,
                               @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> topics,
                               @Size(max = SUMMARY_MAX) String summary,
                               @Size(max = AGENDA_MAX) List<@NotBlank @Size(max = ITEM_MAX) String> outcomes,
                               @Size(max = LIST_MAX) List<@NotBlank @Size(max = SHORT_TEXT_MAX) String> instruments,
                               Boolean restricted,
                               @Size(max = SourceInput.QUOTE_MAX) String quote) {
    }

    /** A participant: an organisation and/or a person (keys or ids). */
    public record ParticipantEntry(@Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String organization,
                                   @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String person,
                                   @NotNull ParticipantRole role,
                                   @Size(max = NOTE_MAX) String note) {
    }

    /** What a speaker said: the speaker a person key or id, their organisation optional. */
    public record StatementEntry(@Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String speaker,
                                 @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String organization,
                                 @Size(max = NAME_MAX) String speakerName,
                                 @NotBlank @Size(max = SUMMARY_MAX) String textAr,
                                 Boolean quoted) {
    }

    /**
     * The numbered recommendations, as one set.
     *
     * @param adoptedAtMeeting whether the set was adopted at the meeting of this body (its adopting meeting)
     */
    public record RecommendationsEntry(
            @NotBlank @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE) String issuer,
            @NotNull @Min(1900) @Max(2200) Integer year,
            @NotBlank @Size(max = TITLE_MAX) String titleAr,
            @Size(max = TITLE_MAX) String titleEn,
            Boolean adoptedAtMeeting,
            @NotNull @Size(min = 1, max = AGENDA_MAX) List<@NotNull @Valid RecommendationItem> items,
            @Size(max = SourceInput.QUOTE_MAX) String quote) {
    }

    /** One recommendation, its number as written. */
    public record RecommendationItem(@Size(max = 16) String numberAsWritten,
                                     @NotBlank @Size(max = ITEM_MAX) String textAr) {
    }
}
