package org.liaison.dashboard.page;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** L2: the dashboard page and its assets are served with nosniff and a strict Content-Security-Policy. */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class PageHeadersTest {

    @Test
    void l2_thePageAndItsAssetsCarryNosniffAndAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/index.html", "/dashboard.js", "/dashboard.css")) {
            Response answer = given().get(path);
            assertEquals(200, answer.statusCode(), path);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
            String csp = answer.header("Content-Security-Policy");
            assertTrue(csp != null, path + " has a Content-Security-Policy");
            List<String> directives = Arrays.stream(csp.split(";")).map(String::trim).toList();
            assertTrue(directives.contains("default-src 'self'"), csp);
            assertTrue(directives.contains("frame-ancestors 'none'"), csp);
            assertTrue(directives.contains("object-src 'none'"), csp);
            assertTrue(directives.contains("base-uri 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*"), csp);
            assertEquals("DENY", answer.header("X-Frame-Options"), path);
            assertEquals("no-referrer", answer.header("Referrer-Policy"), path);
        }
        // API answers are not sniffed either.
        assertEquals("nosniff", given().get("/feed").header("X-Content-Type-Options"));
    }
}
