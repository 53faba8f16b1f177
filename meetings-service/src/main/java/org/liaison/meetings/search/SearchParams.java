package org.liaison.meetings.search;

import jakarta.ws.rs.QueryParam;

/**
 * The filters of {@code GET /meetings} and {@code GET /meetings.ics}, read as text so that a bad value is a 400
 * naming the parameter ({@link MeetingFilters#parse}).
 */
public class SearchParams {

    /** An organisation taking part as organiser or participant (or on whose behalf someone took part). */
    @QueryParam("organization")
    public String organization;

    /** {@code true}: the organisation's units too, at any depth. */
    @QueryParam("includeUnits")
    public String includeUnits;

    @QueryParam("person")
    public String person;

    /** A partial date (2024, 2024-06, 2024-06-10): meetings whose possible days reach it or later. */
    @QueryParam("from")
    public String from;

    /** A partial date: meetings whose possible days reach it or earlier. */
    @QueryParam("to")
    public String to;

    /** Arabic or English, in any spelling the normaliser folds. */
    @QueryParam("city")
    public String city;

    /** ISO 3166-1 alpha-2. */
    @QueryParam("country")
    public String country;

    @QueryParam("kind")
    public String kind;

    @QueryParam("status")
    public String status;

    /** A canonical instrument id ({@code unsc-2254}) or a text that names one («القرار ٢٢٥٤»). */
    @QueryParam("instrument")
    public String instrument;

    /** One of the meeting's topics, in any spelling the normaliser folds. */
    @QueryParam("topic")
    public String topic;

    /** Full-text words over titles, agenda, summary, outcomes, topics, place and the names of those taking part. */
    @QueryParam(SearchTerms.PARAM)
    public String q;
}
