package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.liaison.intake.ArticleIntake;
import org.liaison.intake.ArticleText;
import org.liaison.intake.Draft;
import org.liaison.intake.InMemoryDirectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The proposal is an accept body: the review page sends it back as it came, and the accept must read it. */
class ProposalsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aProposalWrittenAsJsonReadsBackAsTheSameAcceptBody() throws Exception {
        String text = IntakeApiTest.seed("004_55adaa63dcde96d2.txt");
        Draft draft = new ArticleIntake().draft(ArticleText.of(text), new InMemoryDirectory());
        JsonNode written = JSON.valueToTree(Proposals.of(draft, text, null));
        assertFalse(written.path("meeting").path("unnamedParticipants").isEmpty(), "the article counts a group");

        IntakeRequests.Accept read = JSON.treeToValue(written, IntakeRequests.Accept.class);
        assertEquals(written, JSON.valueToTree(read));
    }
}
