package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.contracts.PartialDate;
import org.liaison.intake.ArticleIntake;
import org.liaison.intake.ArticleText;
import org.liaison.intake.InMemoryDirectory;
import org.liaison.meetings.intake.IntakeRequests.Accept;
import org.liaison.meetings.intake.IntakeRequests.Decision;
import org.liaison.meetings.intake.IntakeRequests.OrganizationEntry;
import org.liaison.meetings.intake.IntakeRequests.PersonEntry;
import org.liaison.meetings.intake.IntakeRequests.RecommendationItem;
import org.liaison.meetings.intake.IntakeRequests.RoleEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proposals of the seed articles, with a directory of the sample data's organisations and people: what a reviewer
 * starts from. The roles guessed from the articles' words are compared with the roles the sample data records.
 */
class ProposalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InMemoryDirectory DIRECTORY = new InMemoryDirectory();
    /** "person organisation" → role code, from sample-data/memberships.jsonl. */
    private static final Map<String, String> ROLES = new HashMap<>();

    @BeforeAll
    static void sampleData() {
        for (JsonNode org : lines("organizations.jsonl")) {
            List<String> shortNames = new ArrayList<>();
            org.path("shortNames").forEach(n -> shortNames.add(n.asText()));
            List<String> otherNames = new ArrayList<>();
            org.path("otherNames").forEach(n -> otherNames.add(n.path("name").asText()));
            DIRECTORY.addOrganization(org.get("id").asText(), org.path("nameAr").asText(null),
                    org.path("nameEn").asText(null), shortNames, otherNames);
        }
        for (JsonNode person : lines("people.jsonl")) {
            DIRECTORY.addPerson(person.get("id").asText(), person.path("nameAr").asText(null),
                    person.path("nameEn").asText(null));
        }
        for (JsonNode role : lines("memberships.jsonl")) {
            ROLES.put(role.path("personId").asText() + " " + role.path("organizationId").asText(),
                    role.path("role").asText());
        }
    }

    @Test
    void theRolesProposedAreTheRolesTheSampleDataRecords() {
        int proposed = 0;
        Set<String> wrong = new HashSet<>();
        for (String file : List.of("000_52989e9fdcaeb159.txt", "001_4a227b67c1739e95.txt",
                "002_5adaccad63f1bc71.txt", "003_9760bf98cfdbdc38.txt", "004_55adaa63dcde96d2.txt")) {
            Accept proposal = propose(file, null);
            for (PersonEntry person : proposal.people()) {
                for (RoleEntry role : person.roles()) {
                    proposed++;
                    String pair = person.id() + " " + organization(proposal, role.organization()).id();
                    if (!role.role().equals(ROLES.get(pair))) {
                        wrong.add(person.nameAr() + ": " + role.role() + " for " + ROLES.get(pair));
                    }
                }
            }
        }
        System.out.printf("roles proposed from the five articles: %d, as the sample data records them: %d%n",
                proposed, proposed - wrong.size());
        assertEquals(Set.of(), wrong);
        assertEquals(10, proposed);
    }

    @Test
    void theAnnualMeetingsProposalIsTheSampleDataMeetingAndItsEightRecommendations() {
        Accept proposal = propose("004_55adaa63dcde96d2.txt", null);
        UUID department = UUID.fromString("cd8bd394-f0bf-53e0-9fa2-8178258b8840");
        assertEquals(department, organization(proposal, proposal.meeting().organizer()).id());
        assertEquals(PartialDate.parse("2023"), proposal.meeting().date());
        assertEquals("الحسكة", proposal.meeting().place().cityAr());
        assertEquals(department, organization(proposal, proposal.recommendations().issuer()).id());
        assertEquals(2023, proposal.recommendations().year());
        List<String> numbers = new ArrayList<>();
        lines("recommendations.jsonl").get(0).path("recommendations")
                .forEach(r -> numbers.add(r.path("numberAsWritten").asText()));
        assertEquals(numbers, proposal.recommendations().items().stream()
                .map(RecommendationItem::numberAsWritten).toList());
        assertTrue(proposal.statements().stream().allMatch(s -> "p0".equals(s.speaker())),
                "every statement is Jia Kurd's: " + proposal.statements());
    }

    @Test
    void theExpandedMeetingIsOrganisedByTheCommissionAndEverySpeakerIsKeyed() {
        Accept proposal = propose("001_4a227b67c1739e95.txt", LocalDate.of(2024, 6, 10));
        assertEquals(UUID.fromString("9f776d74-524e-5feb-8183-8e9d8b33bf89"),
                organization(proposal, proposal.meeting().organizer()).id());
        assertEquals(PartialDate.parse("2024-06-10"), proposal.meeting().date());
        assertTrue(proposal.organizations().stream().allMatch(o -> o.decision() == Decision.EXISTING));
        assertTrue(proposal.statements().stream().allMatch(s -> s.speaker() != null), proposal.statements()
                .toString());
        assertTrue(proposal.organizations().stream().allMatch(o -> o.quote() != null && o.quote().length() <= 1000));
    }

    private static Accept propose(String file, LocalDate publishedOn) {
        String text = IntakeApiTest.seed(file);
        return Proposals.of(new ArticleIntake().draft(ArticleText.of(text, publishedOn), DIRECTORY), text,
                publishedOn == null ? null : PartialDate.of(publishedOn));
    }

    /** The proposal is an accept body: the review page sends it back as it came, and the accept must read it. */
    @Test
    void aProposalWrittenAsJsonReadsBackAsTheSameAcceptBody() throws Exception {
        ObjectMapper strict = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (String file : List.of("001_4a227b67c1739e95.txt", "004_55adaa63dcde96d2.txt")) {
            JsonNode written = strict.valueToTree(propose(file, null));
            assertFalse(written.path("meeting").path("unnamedParticipants").isEmpty(), "the article counts a group");
            assertEquals(written, strict.valueToTree(strict.treeToValue(written, Accept.class)));
        }
    }

    private static OrganizationEntry organization(Accept proposal, String key) {
        return proposal.organizations().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<JsonNode> lines(String file) {
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("../sample-data", file))) {
                lines.add(JSON.readTree(line));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
