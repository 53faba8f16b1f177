package org.liaison.meetings.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.liaison.meetings.recommendation.RecommendationDirectory;
import org.liaison.support.http.ETags;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Documents of meetings: {@code POST /documents} (multipart: the part {@code file} or a {@code url}, and
 * {@code title}, {@code kind}, {@code language}, {@code date}, {@code meetingIds}, {@code recommendationIds}),
 * {@code GET /documents/{id}} (metadata) and {@code GET /documents/{id}/content} (the bytes).
 */
@Path("/documents")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService service;
    private final DocumentFiles files;
    private final DocumentChunks chunks;
    private final RecommendationDirectory recommendations;
    private final IdempotentCreate idempotentCreate;

    public DocumentResource(DocumentService service, DocumentFiles files, DocumentChunks chunks,
                            RecommendationDirectory recommendations, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.files = files;
        this.chunks = chunks;
        this.recommendations = recommendations;
        this.idempotentCreate = idempotentCreate;
    }

    /**
     * The form's fields are checked first, then the file (size, type, scan, text: from the copy Quarkus wrote to
     * disk), then what it links to; nothing is stored unless all pass. With an {@code Idempotency-Key}, a retried
     * upload gets the first answer instead of a second document.
     */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response record(@RestForm("file") FileUpload file, @RestForm("title") String title,
                           @RestForm("kind") String kind, @RestForm("language") String language,
                           @RestForm("date") String date, @RestForm("url") String url,
                           @RestForm("meetingIds") List<String> meetingIds,
                           @RestForm("recommendationIds") List<String> recommendationIds,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        DocumentForm form = DocumentForm.parse(title, kind, language, date, url, meetingIds, recommendationIds);
        form.requireFileOrUrl(file != null);
        InspectedFile inspected = file == null ? null : files.inspect(file.uploadedFile(), file.fileName());
        recommendations.awaitKnown(form.recommendationIds());
        // The same form and the same bytes (by their hash) under the same name are the same request.
        Upload request = new Upload(form, inspected == null ? null : inspected.fileName(),
                inspected == null ? null : inspected.sha256());
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            DocumentView document = service.record(form, inspected);
            return Response.created(uri.getAbsolutePathBuilder().path(document.id().toString()).build())
                    .tag(ETags.of(document.version())).entity(document).build();
        });
    }

    /** What an upload asks for, as an {@code Idempotency-Key} compares it: its fields and its file's digest. */
    record Upload(DocumentForm form, String fileName, String sha256) {
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        DocumentView document = service.get(id);
        return Response.ok(document).tag(ETags.of(document.version())).build();
    }

    /**
     * The stored bytes as uploaded, streamed from the database: Content-Type is the type read from them,
     * Content-Disposition an attachment with the uploaded name, the ETag and Repr-Digest its SHA-256 (If-None-Match
     * with it: 304).
     */
    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DocumentService.Row row = service.requireFile(id);
        EntityTag tag = new EntityTag(row.sha256());
        if (ContentHeaders.noneMatch(ifNoneMatch, row.sha256())) {
            return Response.notModified(tag).build();
        }
        StreamingOutput body = out -> chunks.copy(id, row.sizeBytes(), out);
        return Response.ok(body, row.mediaType()).tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, row.sizeBytes())
                .header("Content-Disposition", ContentHeaders.attachment(row.fileName()))
                .header("Repr-Digest", ContentHeaders.reprDigest(row.sha256()))
                // Never run as a page, should a browser open it in place despite the attachment: no scripts, no
                // loads, its own origin (SecurityHeaders adds nosniff to every answer).
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }
}
