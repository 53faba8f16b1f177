package org.liaison.support.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiaisonOpenApiFilterTest {

    @Test
    void declaresTheBearerSchemeForEveryOperationAndOneProblemSchema() {
        OpenAPI openAPI = filtered();
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get("bearerAuth");
        assertEquals(SecurityScheme.Type.HTTP, scheme.getType());
        assertEquals("bearer", scheme.getScheme());
        assertEquals("JWT", scheme.getBearerFormat());
        assertTrue(openAPI.getSecurity().get(0).hasScheme("bearerAuth"));
        assertTrue(openAPI.getComponents().getSchemas().containsKey("Problem"));
    }

    @Test
    void answersDependOnTheMethod() {
        OpenAPI openAPI = filtered();
        assertEquals(Set.of("200", "400", "401", "403", "429"),
                statuses(openAPI, "/organizations", PathItem.HttpMethod.GET));
        assertEquals(Set.of("201", "400", "401", "403", "409", "413", "415", "422", "429"),
                statuses(openAPI, "/organizations", PathItem.HttpMethod.POST));
        assertEquals(Set.of("200", "400", "401", "403", "404", "412", "413", "415", "428", "429"),
                statuses(openAPI, "/organizations/{id}", PathItem.HttpMethod.PATCH));
    }

    @Test
    void problemAnswersReferToTheProblemSchemaAnd429SaysRetryAfter() {
        Operation get = filtered().getPaths().getPathItem("/organizations").getGET();
        var tooMany = get.getResponses().getAPIResponse("429");
        assertEquals("#/components/schemas/Problem",
                tooMany.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertTrue(tooMany.getHeaders().containsKey("Retry-After"));
    }

    @Test
    void anAnswerTheEndpointDocumentsItselfIsKept() {
        OpenAPI openAPI = filtered();
        assertEquals("already documented",
                openAPI.getPaths().getPathItem("/organizations").getPOST().getResponses().getAPIResponse("409")
                        .getDescription());
    }

    private static OpenAPI filtered() {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/organizations", OASFactory.createPathItem()
                        .GET(operation("200"))
                        .POST(operation("201").requestBody(OASFactory.createRequestBody())))
                .addPathItem("/organizations/{id}", OASFactory.createPathItem()
                        .PATCH(operation("200").requestBody(OASFactory.createRequestBody()))));
        openAPI.getPaths().getPathItem("/organizations").getPOST().getResponses()
                .addAPIResponse("409", OASFactory.createAPIResponse().description("already documented"));
        new LiaisonOpenApiFilter().filterOpenAPI(openAPI);
        return openAPI;
    }

    private static Operation operation(String success) {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse(success, OASFactory.createAPIResponse().description("ok")));
    }

    private static Set<String> statuses(OpenAPI openAPI, String path, PathItem.HttpMethod method) {
        return openAPI.getPaths().getPathItem(path).getOperations().get(method).getResponses().getAPIResponses()
                .keySet();
    }
}
