package org.liaison.support.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemMappers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON read limits of {@link StrictJson}, and the 400 problem that names the field at fault. */
class StrictJsonLimitsTest {

    record Named(String name, JsonNode extra) {
    }

    private static final ObjectMapper MAPPER = mapper(new Limits(4, 10, 200));

    @Test
    void valuesWithinTheLimitsAreRead() {
        assertDoesNotThrow(() -> MAPPER.readValue("{\"name\":\"0123456789\",\"extra\":{\"a\":[1]}}", Named.class));
    }

    @Test
    void aTooLongTextIs400NamingItsField() throws Exception {
        Problem problem = problemFor("{\"name\":\"01234567890\"}");
        assertEquals(400, problem.status());
        assertEquals("name", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("exceeds the maximum allowed (10)"), problem.detail());
        assertTrue(!problem.detail().contains("StreamReadConstraints"), problem.detail());
    }

    @Test
    void tooDeepNestingIs400() throws Exception {
        Problem problem = problemFor("{\"extra\":{\"a\":{\"b\":{\"c\":{\"d\":1}}}}}");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("nesting depth"), problem.detail());
    }

    @Test
    void aTooLongDocumentIs400() throws Exception {
        Problem problem = problemFor("{\"extra\":[" + "1,".repeat(150) + "1]}");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("Document length"), problem.detail());
    }

    private static Problem problemFor(String json) {
        Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(json, Named.class));
        Response response = new ProblemMappers()
                .unreadableJson((com.fasterxml.jackson.core.JsonProcessingException) e, null);
        return (Problem) response.getEntity();
    }

    static ObjectMapper mapper(JsonLimitsConfig limits) {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson(limits).customize(mapper);
        return mapper;
    }

    record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) implements JsonLimitsConfig {
    }
}
