package org.liaison.meetings.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import org.liaison.contracts.OrganizationState;
import org.liaison.infra.testing.TestTokens;
import org.liaison.support.directory.OrganizationDirectory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Searches as a given caller, and organisations placed in the directory with a parent or new names. */
public final class SearchFixture {

    private SearchFixture() {
    }

    /** GET {@code path} with the parameters as the token's caller; the answer, status unchecked. */
    public static Response get(String token, String path, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).get(path);
    }

    /** The ids of the items of GET /meetings (page size 200), in order, as an admin. */
    public static List<String> ids(Map<String, ?> params) {
        return ids(TestTokens.admin(), params);
    }

    public static List<String> ids(String token, Map<String, ?> params) {
        return get(token, "/meetings", withLimit(params)).then().statusCode(200).extract().jsonPath()
                .getList("items.id");
    }

    private static Map<String, Object> withLimit(Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.putIfAbsent("limit", 200);
        return all;
    }

    /** A state of an organisation as orgs-service sends it, with a parent and a version. */
    public static OrganizationState state(UUID id, long version, String nameAr, String nameEn, UUID parentId) {
        return new OrganizationState(id, version, "office", nameAr, nameEn, List.of(), List.of(), parentId,
                parentId == null ? null : "unit_of", null, null, List.of(), List.of(), List.of(), null, null, true,
                List.of(), List.of(), List.of(), null);
    }

    public static void apply(OrganizationDirectory directory, OrganizationState state) {
        QuarkusTransaction.requiringNew().run(() -> directory.apply(state));
    }
}
