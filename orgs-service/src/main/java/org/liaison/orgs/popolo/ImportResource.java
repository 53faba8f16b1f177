package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.support.security.Roles;

/**
 * {@code POST /import/popolo} (a Popolo JSON document) and {@code POST /import/csv/{table}} (one CSV table, as the
 * export writes it). Admin only: a bulk write across every office's records. Each record is created, matched
 * (already there) or rejected on its own; the answer is 200 with the {@link ImportReport}, also when records were
 * rejected. Importing the same file again creates nothing.
 */
@Path("/import")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final PopoloFiles popolo;
    private final CsvReader csv;
    private final Importer importer;

    public ImportResource(PopoloFiles popolo, ObjectMapper mapper, ImportConfig config, Importer importer) {
        this.popolo = popolo;
        this.csv = new CsvReader(mapper, config.maxRecords());
        this.importer = importer;
    }

    @POST
    @Path("/popolo")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportReport popolo(JsonNode body) {
        return importer.run(popolo.read(body));
    }

    @POST
    @Path("/csv/{table}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportReport csv(@PathParam("table") String table, String body) {
        return importer.run(csv.read(CsvTable.of(table), body));
    }
}
