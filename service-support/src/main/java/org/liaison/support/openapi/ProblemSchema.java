package org.liaison.support.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/** The OpenAPI schema of {@code org.liaison.support.problem.Problem}, declared once as a component. */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;

    private ProblemSchema() {
    }

    static Schema create() {
        Schema fieldError = object("One invalid field: its JSON path in the request (or a header's name) and what is "
                + "wrong")
                .addProperty("field", text("e.g. organizerId, names[2].text, If-Match"))
                .addProperty("message", text("what is wrong with it"));
        return object("RFC 9457 problem details; extension members (e.g. existingId, currentVersion) may sit beside "
                + "these")
                .addProperty("type",
                        text("a URI naming the kind of problem; about:blank when the status says it all").format("uri"))
                .addProperty("title", text("short summary of the kind of problem"))
                .addProperty("status",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", text("what went wrong with this request, for a person"))
                .addProperty("instance", text("the request path"))
                .addProperty("errors",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError))
                .required(List.of("title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
