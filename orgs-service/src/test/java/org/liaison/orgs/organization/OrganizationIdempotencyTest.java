package org.liaison.orgs.organization;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.infra.LocalTokens;
import org.liaison.infra.testing.TestTokens;
import org.liaison.orgs.OrgsTestResource;
import org.liaison.orgs.TestNames;
import org.liaison.orgs.events.OutboxRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A create retried with the same Idempotency-Key gets the first answer and makes no second record. */
@QuarkusTest
@WithTestResource(OrgsTestResource.class)
class OrganizationIdempotencyTest {

    /** The namespace of {@link #create}'s token: its office and subject. */
    private static final String EDITOR_NAMESPACE = TestTokens.ADMIN_OFFICE + "|subject:editor@"
            + TestTokens.ADMIN_OFFICE;

    @Inject
    OutboxRows outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\": \"civil_society_organization\", \"nameAr\": \""
                + TestNames.unique("وحدة دعم الاستقرار") + "\"}";
        long eventsBefore = outbox.count();
        Response first = create(key, body);
        first.then().statusCode(201);
        Response again = create(key, body);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        assertEquals(eventsBefore + 1, outbox.count(), "one organisation registered, one event");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        create(key, "{\"kind\": \"platform\", \"nameAr\": \"" + TestNames.unique("الذاكرة السورية") + "\"}").then()
                .statusCode(201);
        create(key, "{\"kind\": \"platform\", \"nameAr\": \"منصة أخرى\"}").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aMalformedKeyIsRefused() {
        create("k".repeat(256), "{\"kind\": \"platform\", \"nameAr\": \"الذاكرة السورية\"}").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void concurrentDuplicatesCreateOnce() {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\": \"coalition\", \"nameAr\": \"" + TestNames.unique("التحالف الأمريكي لأجل سوريا")
                + "\"}";
        long eventsBefore = outbox.count();
        List<CompletableFuture<Response>> requests = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> create(key, body))).toList();
        List<Integer> statuses = requests.stream().map(f -> f.orTimeout(20, TimeUnit.SECONDS).join().statusCode())
                .toList();
        assertTrue(statuses.contains(201), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409),
                "a duplicate in progress is 409: " + statuses);
        assertEquals(eventsBefore + 1, outbox.count(), "created once");
    }

    @Test
    void l5_aColleagueWithTheSameKeyGetsAnAnswerOfTheirOwn() {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\": \"council\", \"nameAr\": \"" + TestNames.unique("مجلس سوريا الديمقراطية") + "\"}";
        Response first = createAs("amal", key, body);
        first.then().statusCode(201);
        // Same office, same key, same body, another person: not the first person's stored answer, but this
        // request's own (the name is taken now).
        Response colleague = createAs("badr", key, body);
        colleague.then().statusCode(409).contentType("application/problem+json");
        assertTrue(colleague.header("Idempotent-Replayed") == null, "not a replay of another person's answer");
    }

    /** The create that claimed the key died (instance killed, or the database went away before it freed the key). */
    @Test
    void aClaimWhoseCreateIsGoneIsTakenOverAtOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\": \"negotiation_body\", \"nameAr\": \"" + TestNames.unique("هيئة التفاوض السورية")
                + "\"}";
        claimedSecondsAgo(key, 5);
        create(key, body).then().statusCode(201);
    }

    /** A create slower than the grace (held here on its lock) keeps its key: the retry is told to come back. */
    @Test
    void aClaimWhoseCreateStillRunsIsNotTakenOver() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\": \"initiative\", \"nameAr\": \"" + TestNames.unique("مبادرة مدنية") + "\"}";
        CompletableFuture<Response> first;
        try (Connection elsewhere = dataSource.getConnection()) {
            elsewhere.setAutoCommit(false);
            try (PreparedStatement lock = elsewhere.prepareStatement("select pg_advisory_xact_lock(?, hashtext(? || "
                    + "'/' || ?))")) {
                lock.setInt(1, 0x4c49);
                lock.setString(2, EDITOR_NAMESPACE);
                lock.setString(3, key);
                lock.execute();
            }
            first = CompletableFuture.supplyAsync(() -> create(key, body)); // claims the key, then waits for the lock
            Thread.sleep(3000);
            create(key, body).then().statusCode(409).header("Retry-After", "1");
            elsewhere.rollback();
        }
        Response created = first.orTimeout(20, TimeUnit.SECONDS).join();
        created.then().statusCode(201);
        create(key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(created.path("id")));
    }

    /**
     * An unfinished claim of {@code key} by {@link #create}'s token, made {@code seconds} ago, its lease still running.
     */
    private void claimedSecondsAgo(String key, int seconds) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement claim = db.prepareStatement("""
                insert into idempotency_key (office, idempotency_key, fingerprint, status, claim_id, lease_until,
                    created_at, expires_at)
                values (?, ?, 'fingerprint of the request', 'IN_PROGRESS', gen_random_uuid(),
                    now() + interval '2 minutes',
                        now() - make_interval(secs => ?), now() + interval '1 day')""")) {
            claim.setString(1, EDITOR_NAMESPACE);
            claim.setString(2, key);
            claim.setInt(3, seconds);
            claim.executeUpdate();
        }
    }

    private static Response createAs(String subject, String key, String body) {
        String token = new LocalTokens(TestTokens.keys())
                .issue(TestTokens.ADMIN_OFFICE, "editor", subject, Duration.ofMinutes(5));
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/organizations");
    }

    private static Response create(String key, String body) {
        return given().auth().oauth2(TestTokens.editor(TestTokens.ADMIN_OFFICE)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/organizations");
    }
}
