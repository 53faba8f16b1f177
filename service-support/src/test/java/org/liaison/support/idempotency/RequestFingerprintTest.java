package org.liaison.support.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestFingerprintTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Register(String kind, String nameAr, String nameEn) {
    }

    @Test
    void isAHexSha256() {
        String fingerprint = RequestFingerprint.of(MAPPER, "POST", "/organizations",
                new Register("council", "م", null));
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
    }

    @Test
    void fieldOrderDoesNotMatter() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("kind", "council");
        one.put("nameAr", "مسد");
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("nameAr", "مسد");
        other.put("kind", "council");
        assertEquals(RequestFingerprint.of(MAPPER, "POST", "/organizations", one),
                RequestFingerprint.of(MAPPER, "POST", "/organizations", other));
    }

    @Test
    void anyChangedValueMethodOrPathMatters() {
        Register body = new Register("council", "مسد", null);
        String base = RequestFingerprint.of(MAPPER, "POST", "/organizations", body);
        assertNotEquals(base,
                RequestFingerprint.of(MAPPER, "POST", "/organizations", new Register("council", "مسد", "SDC")));
        assertNotEquals(base, RequestFingerprint.of(MAPPER, "POST", "/meetings", body));
        assertNotEquals(base, RequestFingerprint.of(MAPPER, "PUT", "/organizations", body));
        assertEquals(base, RequestFingerprint.of(MAPPER, "post", "/organizations", body));
    }

    @Test
    void arraysKeepTheirOrder() {
        assertNotEquals(RequestFingerprint.of(MAPPER, "POST", "/m", Map.of("ids", List.of(1, 2))),
                RequestFingerprint.of(MAPPER, "POST", "/m", Map.of("ids", List.of(2, 1))));
    }

    @Test
    void canonicalJsonSortsKeysAtEveryLevelAndEscapesText() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("b", List.of(Map.of("z", 1, "a", "x\"y")));
        body.put("a", null);
        assertEquals("{\"a\":null,\"b\":[{\"a\":\"x\\\"y\",\"z\":1}]}",
                RequestFingerprint.canonicalJson(MAPPER.valueToTree(body)));
    }

    @Test
    void noBodyIsFine() {
        assertEquals(RequestFingerprint.of(MAPPER, "POST", "/x", null),
                RequestFingerprint.of(MAPPER, "POST", "/x", null));
    }
}
