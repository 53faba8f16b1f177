package org.liaison.meetings.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.contracts.PartialDate;
import org.liaison.intake.ArticleIntake;
import org.liaison.intake.ArticleText;
import org.liaison.intake.Draft;
import org.liaison.meetings.directory.OrgsApi;
import org.liaison.meetings.intake.IntakeRequests.Accept;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Article intake: an article is read into a draft and a proposal, kept for review; the reviewer's corrected
 * proposal is registered by {@link Acceptance}, once. An intake is its office's (and admins'): another office does
 * not see it.
 */
@ApplicationScoped
public class IntakeService {

    private final ArticleIntake engine = new ArticleIntake();
    private final OrgsApi orgs;
    private final IntakeStore store;
    private final Acceptance acceptance;
    private final CurrentActor actor;
    private final ObjectMapper json;

    public IntakeService(@RestClient OrgsApi orgs, IntakeStore store, Acceptance acceptance, CurrentActor actor,
                         ObjectMapper json) {
        this.orgs = orgs;
        this.store = store;
        this.acceptance = acceptance;
        this.actor = actor;
        this.json = json;
    }

    public IntakeView read(IntakeRequests.Article article) {
        // The JSON reader's string limit (liaison.json.max-string-length) refuses longer texts first, unless it is
        // raised: the engine never reads more than this.
        if (article.text().length() > IntakeRequests.TEXT_MAX) {
            throw ProblemException.unprocessable("text", "at most " + IntakeRequests.TEXT_MAX
                    + " characters are read (a news article runs to a few thousand)");
        }
        PartialDate published = article.publishedOn();
        OrgsDirectory directory = new OrgsDirectory(orgs, json);
        Draft draft = engine.draft(new ArticleText(article.text(), article.url(), article.publisher(),
                published == null || published.day() == null ? null : published.earliest()), directory);
        ObjectNode draftJson = json.valueToTree(draft);
        draftJson.remove("empty");
        ArrayNode warnings = (ArrayNode) draftJson.withArray("warnings");
        if (published != null && published.day() == null) {
            warnings.add("publishedOn: " + published + " gives no day: relative dates are not read against it");
        }
        if (directory.unavailable()) {
            warnings.add(OrgsDirectory.UNAVAILABLE);
        }
        ObjectNode articleJson = json.createObjectNode();
        articleJson.put("text", article.text()).put("url", article.url()).put("publisher", article.publisher())
                .put("title", article.title()).put("publishedOn", published == null ? null : published.toString())
                .put("language", article.language() == null ? "ar" : article.language());
        IntakeStore.Row row = new IntakeStore.Row(UUID.randomUUID(), actor.office().orElse(null),
                write(articleJson), write(draftJson),
                write(Proposals.of(draft, article.text(), published)), null, null, Instant.now(), null);
        store.insert(row);
        return view(row);
    }

    /** The caller's office's intakes (an admin's: every office's), newest first. */
    public Page<IntakeSummary> list(Boolean accepted, int limit, String cursor) {
        UUID office = actor.isAdmin() ? null : actor.office().orElseThrow(() -> ProblemException.forbidden(
                "the token names no office: intakes are kept per office"));
        return store.list(office, accepted, limit, KeysetCursor.decode(cursor));
    }

    public IntakeView get(UUID id) {
        return view(visible(id));
    }

    /**
     * Registers the proposal as the reviewer corrected it. The same body again answers the first result; another
     * body once accepted is 409.
     */
    public AcceptResult accept(UUID id, Accept request) {
        IntakeStore.Row row = visible(id);
        actor.requireMayChange("this article's intake", row.officeId() == null ? List.of()
                : List.of(row.officeId()));
        JsonNode requestJson = json.valueToTree(request);
        if (row.acceptedAt() != null) {
            return acceptedAlready(row, requestJson);
        }
        AcceptPlan plan = AcceptPlan.check(id, request);
        AcceptResult result = acceptance.accept(plan, source(row));
        if (!store.markAccepted(id, write(requestJson), write(result), result.acceptedAt())) {
            return acceptedAlready(store.find(id).orElseThrow(), requestJson);
        }
        return result;
    }

    private AcceptResult acceptedAlready(IntakeStore.Row row, JsonNode requestJson) {
        if (!Objects.equals(parse(row.acceptRequest()), requestJson)) {
            throw ProblemException.conflict("this article was accepted on " + row.acceptedAt() + " with another"
                    + " proposal: change the records it registered instead", Map.of("acceptedAt",
                    row.acceptedAt().toString()));
        }
        try {
            return json.treeToValue(parse(row.acceptResult()), AcceptResult.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArticleSource source(IntakeStore.Row row) {
        JsonNode article = parse(row.article());
        JsonNode headline = parse(row.draft()).path("meeting").path("title").path("text");
        String title = article.hasNonNull("title") ? article.get("title").asText()
                : headline.isTextual() ? headline.asText() : null;
        ArticleSource source = new ArticleSource(text(article, "url"), text(article, "publisher"), title,
                article.hasNonNull("publishedOn") ? PartialDate.parse(article.get("publishedOn").asText()) : null,
                text(article, "language"), row.createdAt().atZone(ZoneOffset.UTC).toLocalDate());
        if (!source.identified()) {
            throw ProblemException.unprocessable("article", "the records need the article as their source: it has no"
                    + " url, publisher or headline; paste it again with one");
        }
        return source;
    }

    private IntakeStore.Row visible(UUID id) {
        IntakeStore.Row row = store.find(id).orElseThrow(() -> ProblemException.notFound("article intake", id));
        if (!actor.isAdmin() && (row.officeId() == null || !actor.office().map(row.officeId()::equals)
                .orElse(false))) {
            throw ProblemException.notFound("article intake", id);
        }
        return row;
    }

    private IntakeView view(IntakeStore.Row row) {
        return new IntakeView(row.id(), row.acceptedAt() == null ? "draft" : "accepted", parse(row.article()),
                parse(row.draft()), parse(row.proposal()), row.acceptResult() == null ? null
                : parse(row.acceptResult()), row.createdAt(), row.acceptedAt());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
