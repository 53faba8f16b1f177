package org.liaison.plain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a service's resource does for one record, without what the services add (security, rate limit, validation,
 * idempotency keys, ETags, problem+json): the same persistence and JSON stack, so the bench can tell what those cost.
 */
@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThingResource {

    public record View(UUID id, long version, String name, Instant createdAt, Instant updatedAt) {
        static View of(Thing thing) {
            return new View(thing.id, thing.version, thing.name, thing.createdAt, thing.updatedAt);
        }
    }

    public record Create(String name) {
    }

    /** A list page: at most {@code limit} items after the id {@code after}, by id (keyset paging). */
    public record Page(List<View> items, String next) {
    }

    private final ObjectMapper json;

    public ThingResource(ObjectMapper json) {
        this.json = json;
    }

    @GET
    @Path("/{id}")
    public View get(@PathParam("id") UUID id) {
        Thing thing = Thing.findById(id);
        if (thing == null) {
            throw new NotFoundException();
        }
        return View.of(thing);
    }

    @GET
    public Page list(@QueryParam("limit") Integer limit, @QueryParam("after") UUID after) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > 200) {
            throw new WebApplicationException("limit must be from 1 to 200", 400);
        }
        List<Thing> things = after == null ? Thing.findAll(Sort.by("id")).page(0, size).list()
                : Thing.find("id > ?1", Sort.by("id"), after).page(0, size).list();
        List<View> items = things.stream().map(View::of).toList();
        return new Page(items, items.size() < size ? null : items.get(items.size() - 1).id().toString());
    }

    /** One row and one outbox row in one transaction, as a service's create with its event. */
    @POST
    @Transactional
    public Response create(Create request, UriInfo uri) throws JsonProcessingException {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw new WebApplicationException("name is required", 400);
        }
        Instant now = Instant.now();
        Thing thing = new Thing();
        thing.id = UUID.randomUUID();
        thing.name = request.name();
        thing.createdAt = now;
        thing.updatedAt = now;
        thing.persist();
        OutboxRow event = new OutboxRow();
        event.id = UUID.randomUUID();
        event.aggregateId = thing.id;
        event.eventType = "thing.created";
        event.occurredAt = now;
        event.payload = json.writeValueAsString(View.of(thing));
        event.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(thing.id.toString()).build()).entity(View.of(thing))
                .build();
    }
}
