package org.liaison.meetings.search;

import org.liaison.contracts.PartialDate;
import org.liaison.meetings.model.MeetingKind;
import org.liaison.meetings.model.MeetingStatus;
import org.liaison.names.ArabicNames;
import org.liaison.sources.instruments.Instrument;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.sources.instruments.InstrumentResolution;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.http.QueryParams;
import org.liaison.support.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The filters of a meeting search, checked; each one present narrows the result (AND).
 *
 * @param organizations the organisation asked for, after its merges, and its units when asked; null for any
 * @param from          the first day of the {@code from} date: meetings that may have taken place on or after it
 * @param to            the last day of the {@code to} date: meetings that may have taken place on or before it
 * @param cityKey       the city folded as the index folds it
 * @param instrument    a canonical instrument id
 * @param topicKey      the topic folded as the index folds it
 */
public record MeetingFilters(List<UUID> organizations, UUID person, LocalDate from, LocalDate to, String cityKey,
                             String country, MeetingKind kind, MeetingStatus status, String instrument, String topicKey,
                             SearchTerms terms) {

    public static final MeetingFilters NONE = new MeetingFilters(null, null, null, null, null, null, null, null, null,
            null, null);

    /**
     * Checks every parameter, naming the first bad one in a 400; organisations resolve through the directory.
     *
     * @param catalogue read only when an instrument is asked for: building it reads every instrument row
     */
    public static MeetingFilters parse(SearchParams p, OrganizationDirectory directory,
                                       Supplier<InstrumentCatalogue> catalogue) {
        UUID organization = QueryParams.uuid("organization", p.organization);
        Boolean units = QueryParams.bool("includeUnits", p.includeUnits);
        if (units != null && organization == null) {
            throw ProblemException.badRequest("includeUnits", "needs an organization");
        }
        PartialDate from = date("from", p.from);
        PartialDate to = date("to", p.to);
        if (from != null && to != null && to.latest().isBefore(from.earliest())) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        List<UUID> organizations = null;
        if (organization != null) {
            UUID current = directory.resolve(organization);
            organizations = directory.withMergedIn(
                    Boolean.TRUE.equals(units) ? directory.withUnits(current) : List.of(current));
        }
        return new MeetingFilters(organizations, QueryParams.uuid("person", p.person),
                from == null ? null : from.earliest(), to == null ? null : to.latest(), key("city", p.city),
                country(p.country), QueryParams.code(MeetingKind.class, "kind", p.kind),
                QueryParams.code(MeetingStatus.class, "status", p.status), instrument(p.instrument, catalogue),
                key("topic", p.topic), SearchTerms.parse(p.q));
    }

    public MeetingFilters withOrganizations(List<UUID> value) {
        return new MeetingFilters(value, person, from, to, cityKey, country, kind, status, instrument, topicKey, terms);
    }

    public MeetingFilters withInstrument(String value) {
        return new MeetingFilters(organizations, person, from, to, cityKey, country, kind, status, value, topicKey,
                terms);
    }

    private static PartialDate date(String param, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return PartialDate.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(param, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    private static String key(String param, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String key = ArabicNames.searchKey(raw);
        if (key.isEmpty() || raw.length() > SearchTerms.MAX_LENGTH) {
            throw ProblemException.badRequest(param,
                    "must be a name of at most " + SearchTerms.MAX_LENGTH + " characters");
        }
        return key;
    }

    private static String country(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!raw.matches("[A-Za-z]{2}")) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 code such as SY");
        }
        return raw.toUpperCase(Locale.ROOT);
    }

    private static String instrument(String raw, Supplier<InstrumentCatalogue> catalogues) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        InstrumentCatalogue catalogue = catalogues.get();
        if (catalogue.byId(raw).isPresent()) {
            return raw;
        }
        InstrumentResolution resolution = catalogue.resolve(raw);
        if (resolution.resolved().size() != 1) {
            throw ProblemException.badRequest("instrument",
                    "must be an instrument id such as unsc-2254, or a text naming exactly one instrument");
        }
        return resolution.resolved().stream().map(Instrument::id).findFirst().orElseThrow();
    }
}
