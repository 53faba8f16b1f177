package org.liaison.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * GETs at a fixed number of requests in flight (closed model: the most the app serves), each of a path taken in turn
 * from a list ({@code /things/ID}, {@code /organizations/ID}, a list page), with a bearer token taken in turn from
 * many offices when the app wants one: the services limit each office's rate, and the bench measures the service,
 * not that limit.
 */
public class ReadRequests extends Simulation {

    /** Set before Gatling instantiates the simulation (it takes a class name, not an instance). */
    static volatile Plan plan;

    /**
     * @param paths  requested in turn
     * @param tokens reader tokens used in turn; empty for an app without security
     */
    record Plan(String name, String baseUrl, List<String> paths, List<String> tokens, int connections,
                Duration duration) {
    }

    public ReadRequests() {
        Plan p = plan;
        HttpProtocolBuilder protocol = http.baseUrl(p.baseUrl()).acceptHeader("application/json").shareConnections();
        AtomicLong sequence = new AtomicLong();
        Iterator<Map<String, Object>> feeder = Stream.generate(() -> {
            long n = sequence.getAndIncrement();
            String token = p.tokens().isEmpty() ? "" : p.tokens().get((int) (n % p.tokens().size()));
            return Map.<String, Object>of("path", p.paths().get((int) (n % p.paths().size())), "token", token);
        }).iterator();
        HttpRequestActionBuilder get = http(p.name()).get("#{path}").check(status().is(200));
        if (!p.tokens().isEmpty()) {
            get = get.header("Authorization", "Bearer #{token}");
        }
        ScenarioBuilder scenario = scenario(p.name()).feed(feeder).exec(get);
        setUp(scenario.injectClosed(constantConcurrentUsers(p.connections()).during(p.duration()))).protocols(protocol);
    }
}
