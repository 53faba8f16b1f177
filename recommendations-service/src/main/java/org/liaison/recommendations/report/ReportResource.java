package org.liaison.recommendations.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.recommendations.common.Years;
import org.liaison.support.http.QueryParams;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * {@code GET /reports/{organizationId}/{year}?asOf=YYYY-MM-DD}: an organisation's annual report as of a day (today,
 * UTC, by default), as JSON, CSV or a printable HTML page, chosen by {@code Accept}.
 */
@Path("/reports")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
public class ReportResource {

    static final String CSV = "text/csv";

    private final ReportBuilder builder;

    public ReportResource(ReportBuilder builder) {
        this.builder = builder;
    }

    @GET
    @Path("/{organizationId}/{year}")
    @Produces({MediaType.APPLICATION_JSON, CSV, MediaType.TEXT_HTML})
    public Response report(@PathParam("organizationId") String organizationId, @PathParam("year") String year,
                           @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
        UUID organization = QueryParams.uuid("organizationId", organizationId);
        Integer y = Years.param("year", year);
        if (y == null) {
            throw ProblemException.badRequest("year", "must be a year from " + Years.MIN + " to " + Years.MAX);
        }
        AnnualReport report = builder.build(organization, y, asOf(asOf));
        MediaType type = chosen(headers);
        if (type.isCompatible(MediaType.valueOf(CSV))) {
            return Response.ok(ReportCsv.of(report), CSV + ";charset=UTF-8").build();
        }
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            // The page loads nothing and runs nothing: its only style is inline, and it cannot be framed (L2).
            return Response.ok(ReportHtml.of(report), MediaType.TEXT_HTML + ";charset=UTF-8")
                    .header("Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first acceptable type (by quality) this resource gives; JSON for none or any. */
    private static MediaType chosen(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV)) && !accepted.isWildcardSubtype()) {
                return MediaType.valueOf(CSV);
            }
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE) && !accepted.isWildcardSubtype()) {
                return MediaType.TEXT_HTML_TYPE;
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }

    /** Today (UTC) when absent; a day in the future is refused, since what it would show is not yet known. */
    static LocalDate asOf(String raw) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (raw == null || raw.isEmpty()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "must be a day, YYYY-MM-DD");
        }
        if (day.isAfter(today) || day.getYear() < Years.MIN) {
            throw ProblemException.badRequest("asOf", "must be a day from " + Years.MIN + " up to today (UTC)");
        }
        return day;
    }
}
