package org.liaison.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person and membership payload records and their published JSON Schemas describe the same documents. */
class PersonAndMembershipSchemaTest {

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = PersonAndMembershipSchemaTest.class.getResourceAsStream("/schemas/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static PersonState jamous() {
        return new PersonState(UUID.randomUUID(), 3, "بدر جاموس", "Badr Jamous", "د.",
                List.of(new OtherName("بدر جاموس الحسيني", PartialDate.ofYear(2019), PartialDate.parse("2021-03"),
                        "variant"), OtherName.of("أبو بدر", null)),
                List.of(new Source("نورث برس", "https://npasyria.com/article", PartialDate.parse("2024-06-10"), null),
                        new Source(null, "https://example.org/snc", null, "statement"),
                        new Source(null, null, null, null,
                                "مبادرة “مدنية” تجمع فاعلين سوريين في فرنسا لبحث التطورات السورية", null, null, "ar")),
                null);
    }

    private static MembershipState director(PartialDate end) {
        return new MembershipState(UUID.randomUUID(), 1, UUID.randomUUID(), UUID.randomUUID(), "director",
                "مدير التخطيط السياسي والعلاقات الحكومية", UUID.randomUUID(), PartialDate.ofYear(2019), end,
                List.of(new Source("North Press", null, PartialDate.ofMonth(2024, 6), null)),
                MembershipState.PERSON, null);
    }

    /** The Syrian American Council under the umbrella of the American Coalition for Syria (article 001). */
    private static MembershipState umbrella() {
        return new MembershipState(UUID.randomUUID(), 0, null, UUID.randomUUID(), "member", null, null, null, null,
                List.of(new Source("هيئة التفاوض السورية", null, PartialDate.parse("2024-06-10"), null)),
                MembershipState.ORGANIZATION, UUID.randomUUID());
    }

    @Test
    void personStateSatisfiesItsSchema() throws Exception {
        JsonNode json = EventJson.mapper().valueToTree(jamous());
        assertEquals(Set.of(), schema("person-state.schema.json").validate(json));
        assertEquals("2024-06-10", json.at("/sources/0/publishedOn").asText());
        assertEquals("2019", json.at("/otherNames/0/startDate").asText());
    }

    @Test
    void aPersonWithoutOptionalFieldsSatisfiesItsSchema() throws Exception {
        var state = new PersonState(UUID.randomUUID(), 0, "أسعد العشي", null, null, null, null, null);
        JsonNode json = EventJson.mapper().valueToTree(state);
        assertEquals(Set.of(), schema("person-state.schema.json").validate(json));
        assertTrue(json.get("otherNames").isArray(), "a missing list is written as an empty one");
    }

    @Test
    void membershipStateSatisfiesItsSchemaWhetherCurrentOrEnded() throws Exception {
        JsonSchema schema = schema("membership-state.schema.json");
        JsonNode current = EventJson.mapper().valueToTree(director(null));
        assertEquals(Set.of(), schema.validate(current));
        assertTrue(current.get("endDate").isNull());
        JsonNode ended = EventJson.mapper().valueToTree(director(PartialDate.parse("2024-06")));
        assertEquals(Set.of(), schema.validate(ended));
        assertEquals("2024-06", ended.get("endDate").asText());
    }

    @Test
    void anOrganisationsMembershipSatisfiesTheSchemaWithItsKind() throws Exception {
        JsonSchema schema = schema("membership-state.schema.json");
        JsonNode json = EventJson.mapper().valueToTree(umbrella());
        assertEquals(Set.of(), schema.validate(json));
        assertEquals("organization", json.get("memberKind").asText());
        assertTrue(json.get("personId").isNull());
        assertEquals("person", EventJson.mapper().valueToTree(director(null)).get("memberKind").asText());

        ObjectNode noMember = EventJson.mapper().valueToTree(umbrella());
        noMember.putNull("memberOrganizationId");
        assertFalse(schema.validate(noMember).isEmpty(), "an organisation's membership names the member");
        ObjectNode both = EventJson.mapper().valueToTree(umbrella());
        both.put("personId", UUID.randomUUID().toString());
        assertFalse(schema.validate(both).isEmpty(), "one member, not two");
        ObjectNode unknownKind = EventJson.mapper().valueToTree(umbrella());
        unknownKind.put("memberKind", "group");
        assertFalse(schema.validate(unknownKind).isEmpty());
    }

    @Test
    void dataWrittenBeforeOrganisationsCouldBeMembersReadsAsAPersonsRole() throws Exception {
        ObjectNode old = EventJson.mapper().valueToTree(director(null));
        old.remove("memberKind");
        old.remove("memberOrganizationId");
        assertEquals(Set.of(), schema("membership-state.schema.json").validate(old));
        MembershipState read = EventJson.mapper().treeToValue(old, MembershipState.class);
        assertEquals(MembershipState.PERSON, read.memberKind());
        assertEquals(old.get("personId").asText(), read.personId().toString());
        assertNull(read.memberOrganizationId());
    }

    @Test
    void schemasRefuseStatesWithoutTheirIdentityOrWithMalformedValues() throws Exception {
        JsonSchema person = schema("person-state.schema.json");
        ObjectNode noName = EventJson.mapper().valueToTree(jamous());
        noName.remove("nameAr");
        assertFalse(person.validate(noName).isEmpty());
        ObjectNode anonymousSource = EventJson.mapper().valueToTree(jamous());
        ((ObjectNode) anonymousSource.at("/sources/0")).putNull("publisher").putNull("url");
        assertFalse(person.validate(anonymousSource).isEmpty(), "a source needs a url, a publisher or a title");
        ObjectNode untitled = EventJson.mapper().valueToTree(jamous());
        ((ObjectNode) untitled.at("/sources/2")).putNull("title");
        assertFalse(person.validate(untitled).isEmpty(), "a source known by its headline only needs the headline");

        JsonSchema membership = schema("membership-state.schema.json");
        ObjectNode noPerson = EventJson.mapper().valueToTree(director(null));
        noPerson.remove("personId");
        assertFalse(membership.validate(noPerson).isEmpty());
        ObjectNode badDate = EventJson.mapper().valueToTree(director(null));
        badDate.put("endDate", "10/06/2024");
        assertFalse(membership.validate(badDate).isEmpty());
        ObjectNode noRole = EventJson.mapper().valueToTree(director(null));
        noRole.put("role", "");
        assertFalse(membership.validate(noRole).isEmpty());
    }
}
