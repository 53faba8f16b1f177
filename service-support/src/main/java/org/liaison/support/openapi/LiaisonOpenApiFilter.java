package org.liaison.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;

/**
 * What every Liaison API shares, added to each service's OpenAPI document at build time: bearer JWT
 * authentication for every operation, and the problem+json answers that the shared filters and mappers give
 * (all referring to one {@code Problem} schema). An answer an endpoint documents itself is left as it is.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class LiaisonOpenApiFilter implements OASFilter {

    /**
     * The scheme's name is the one Quarkus's own security filter uses for the roles of {@code @RolesAllowed}
     * operations (set to bearerAuth in service-support's microprofile-config.properties), so there is one scheme.
     */
    static final String SCHEME_NAME_KEY = "quarkus.smallrye-openapi.security-scheme-name";
    static final String DEFAULT_SCHEME_NAME = "bearerAuth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String scheme = ConfigProvider.getConfig().getOptionalValue(SCHEME_NAME_KEY, String.class)
                .orElse(DEFAULT_SCHEME_NAME);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(ProblemSchema.NAME, ProblemSchema.create());
        components.addSecurityScheme(scheme, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A Liaison JWT: groups (reader, editor or admin) and the office claim"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(scheme)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().forEach((method, operation) -> addProblems(path, method, operation));
            }
        });
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        for (Map.Entry<String, String> answer : ProblemAnswers.of(path, method, operation.getRequestBody() != null)
                .entrySet()) {
            if (!responses.hasAPIResponse(answer.getKey())) {
                responses.addAPIResponse(answer.getKey(), problem(answer.getKey(), answer.getValue()));
            }
        }
    }

    private static APIResponse problem(String status, String description) {
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ProblemSchema.REF)));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        if (status.equals("429")) {
            Header retryAfter = OASFactory.createHeader().description("whole seconds to wait before retrying")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)));
            response.addHeader("Retry-After", retryAfter);
        }
        return response;
    }
}
