package org.liaison.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.liaison.contracts.EventJson;
import org.liaison.infra.testing.ArticleOrganizations;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * {@code POST /organizations} with the real organisations of the source articles registered again as distinct (a
 * sequence number in the Arabic name, a marker as the English one), from many offices in turn (each office has its
 * own rate limit, as partner offices would). Closed model: a fixed number of requests in flight, for the most the
 * service takes. Open model: a constant arrival rate whatever the answers' latency, for latency without coordinated
 * omission.
 */
public class CreateOrganizations extends Simulation {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** Set before Gatling instantiates the simulation (it takes a class name, not an instance). */
    static volatile Plan plan;

    /**
     * @param tokens      one editor token per office, used in turn
     * @param connections closed model: requests in flight; 0 for the open model
     * @param perSecond   open model: arrivals per second
     */
    record Plan(String name, String baseUrl, List<String> tokens, int connections, double perSecond,
            Duration duration) {

        static Plan closed(String name, String baseUrl, List<String> tokens, int connections, Duration duration) {
            return new Plan(name, baseUrl, tokens, connections, 0, duration);
        }

        static Plan open(String name, String baseUrl, List<String> tokens, double perSecond, Duration duration) {
            return new Plan(name, baseUrl, tokens, 0, perSecond, duration);
        }
    }

    public CreateOrganizations() {
        Plan p = plan;
        HttpProtocolBuilder protocol = http.baseUrl(p.baseUrl()).contentTypeHeader("application/json")
                .acceptHeader("application/json").shareConnections();
        Iterator<Map<String, Object>> feeder = Stream.generate(() -> nextCreate(p.tokens())).iterator();
        ChainBuilder create = exec(http("POST /organizations").post("/organizations")
                .header("Authorization", "Bearer #{token}").header("Idempotency-Key", "#{key}")
                .body(StringBody("#{body}")).check(status().is(201)));
        ScenarioBuilder scenario = scenario(p.name()).feed(feeder).exec(create);
        if (p.connections() > 0) {
            setUp(scenario.injectClosed(constantConcurrentUsers(p.connections()).during(p.duration())))
                    .protocols(protocol);
        } else {
            setUp(scenario.injectOpen(constantUsersPerSec(p.perSecond()).during(p.duration())))
                    .protocols(protocol);
        }
    }

    static Map<String, Object> nextCreate(List<String> tokens) {
        long n = SEQUENCE.incrementAndGet();
        List<String[]> names = ArticleOrganizations.KIND_AND_NAME;
        String[] name = names.get((int) (n % names.size()));
        String body = EventJson.mapper().createObjectNode().put("kind", name[0]).put("nameAr", name[1] + " " + n)
                .put("nameEn", "bench " + n).toString();
        return Map.of("token", tokens.get((int) (n % tokens.size())), "key", UUID.randomUUID().toString(), "body",
                body);
    }
}
