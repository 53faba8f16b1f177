package org.liaison.support.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.security.Roles;

import java.util.List;

/**
 * {@code /admin/read-models}: the tables this service keeps from other services' topics, and rebuilding one from
 * its topic ({@code ./liaison rebuild SERVICE NAME}). Admins only: a rebuild reads a whole topic and briefly holds
 * the table's writers.
 */
@Path("/admin/read-models")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelResource {

    private final ReadModelRebuild rebuild;

    public ReadModelResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GET
    @Operation(summary = "The read models this service keeps from other services' topics; admins only")
    public List<ReadModelRebuild.Description> list() {
        return rebuild.list();
    }

    @POST
    @Path("/{name}/rebuild")
    @Operation(summary = "Rebuilds a read model from its topic from offset 0 and makes the live table equal to it"
            + " (writers wait for the last step; readers do not); answers when done, with what was added, changed"
            + " and removed; admins only")
    public RebuildReport rebuild(@PathParam("name") String name) throws Exception {
        return rebuild.rebuild(name);
    }
}
