package org.liaison.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The reviewer's corrections apply to a proposal as {@link IntakeReview} says (the example review,
 * {@code intake/example-review.json}).
 */
class IntakeReviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void setsAddsRemovesAndResolvesNamesToKeys() throws Exception {
        JsonNode proposal = JSON.readTree("""
                {"organizations": [{"key": "o0", "item": 0, "decision": "new", "nameAr": "مدنية", "kind": "ngo"},
                                   {"key": "o1", "item": 1, "decision": "new", "nameAr": "بيتنا"}],
                 "people": [],
                 "meeting": {"organizer": "o1",
                             "participants": [{"organization": "o0", "person": null, "role": "participant"}],
                             "unnamedParticipants": [{"description": "عدد كبير من المبعوثين"}, {"count": 150}]},
                 "statements": []}""");
        IntakeReview review = IntakeReview.of("example");
        JsonNode body = review.apply(proposal);

        assertEquals("مبادرة مدنية", body.at("/organizations/0/nameAr").asText());
        assertEquals("initiative", body.at("/organizations/0/kind").asText());
        assertEquals("r0", body.at("/organizations/2/key").asText(), "an added organisation gets a key");
        assertEquals("r0", body.at("/meeting/organizer").asText(), "@org: resolves to the key of that name");
        assertEquals("r1", body.at("/people/0/key").asText());
        assertEquals("r1", body.at("/meeting/participants/0/person").asText(), "selected by @org:, then set");
        assertEquals(1, body.at("/meeting/unnamedParticipants").size());
        assertEquals(150, body.at("/meeting/unnamedParticipants/0/count").asInt());
        assertEquals("o1", proposal.at("/meeting/organizer").asText(), "the proposal is left as it was");
        assertEquals(7, review.corrections.size());
        // 1 + 1 + 2 (name, kind) + 1 + 4 (name; role's organisation, code, label) + 1 + 1
        assertEquals(11, review.fieldsTouched(), "values written; decisions not counted");
    }

    @Test
    void aSelectorThatSelectsNothingFails() throws Exception {
        JsonNode proposal = JSON.readTree("{\"organizations\": [], \"people\": [], \"meeting\": null}");
        assertThrows(IllegalStateException.class, () -> IntakeReview.of("example").apply(proposal));
    }
}
