package org.liaison.orgs.popolo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.support.security.Roles;

/**
 * {@code GET /export/popolo}: organisations, people and roles as one Popolo JSON document (see {@link Popolo} for
 * the mapping); {@code GET /export/csv/{organizations|persons|memberships}}: one table as CSV ({@link CsvTable}).
 * orgs-service holds nothing restricted, so every role may export everything.
 */
@Path("/export")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final Exports exports;

    public ExportResource(Exports exports) {
        this.exports = exports;
    }

    @GET
    @Path("/popolo")
    @Produces(MediaType.APPLICATION_JSON)
    public Popolo.Document popolo() {
        return exports.popolo();
    }

    @GET
    @Path("/csv/{table}")
    @Produces(CSV)
    public String csv(@PathParam("table") String table) {
        return exports.csv(CsvTable.of(table));
    }
}
