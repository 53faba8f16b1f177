package org.liaison.recommendations.merge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.support.merge.ReferenceMoves;
import org.liaison.support.security.Roles;

import java.util.List;

/** {@code /admin/merge-jobs}: the merges and unmerges whose sets' and recommendations' references are still moving. */
@Path("/admin/merge-jobs")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class MergeJobsResource {

    private final RecommendationMergeListener moves;

    public MergeJobsResource(RecommendationMergeListener moves) {
        this.moves = moves;
    }

    @GET
    @Operation(summary = "Merged (or unmerged) organisations whose sets and recommendations still name the other"
            + " side, oldest first: the job, when it was queued and how many references are left; empty when every"
            + " merge is applied to the recommendations; admins only")
    public List<ReferenceMoves.Job> list() {
        return moves.jobs();
    }
}
