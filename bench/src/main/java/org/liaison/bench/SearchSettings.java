package org.liaison.bench;

import java.time.Duration;

/**
 * The search workload's knobs ({@link SearchAtScale}), system properties as {@link BenchSettings}' are:
 * <ul>
 *   <li>{@code liaison.bench.search-organizations}: organisations loaded before the searches (20000: issue 14 asks
 *       for 100000, which take about 20 minutes to load on a 2-core box; the report says when fewer were loaded)</li>
 *   <li>{@code liaison.bench.search-meetings}: meetings loaded before the searches (20000, as above)</li>
 *   <li>{@code liaison.bench.search-import-chunk}: records per import request; a request's body must stay under the
 *       services' {@code liaison.http.max-body-size} (256K) and its count under their import limit (500)</li>
 *   <li>{@code liaison.bench.search-load-in-flight}: import requests (or creates) in flight while loading (2)</li>
 *   <li>{@code liaison.bench.search-meetings-import}: true to load meetings through {@code POST /import/meetings},
 *       false through one {@code POST /meetings} each, the path there was before it (true)</li>
 *   <li>{@code liaison.bench.search-connections}: searches in flight, closed model (4, issue 14's figure)</li>
 *   <li>{@code liaison.bench.search-warm-up-seconds}: one round of every query of an endpoint, unmeasured, before
 *       its classes (10)</li>
 *   <li>{@code liaison.bench.search-warm-up-rounds}: the most warm-up rounds; rounds repeat until two in a row answer
 *       no more than 5% faster than the best round before them (8). On two cores the JIT compiler kept one core half
 *       busy for over a minute after the first meetings searches, so a single short round measured the compiler, not
 *       the search.</li>
 *   <li>{@code liaison.bench.search-seconds}: each query class on each endpoint, measured (15)</li>
 * </ul>
 * Offices come from {@link BenchSettings}: {@code read-offices} reader tokens for the searches, {@code offices}
 * editor tokens for creates.
 */
record SearchSettings(int organizations, int meetings, int importChunk, int loadInFlight, boolean meetingsImport,
                      int connections, Duration warmUp, int warmUpRounds, Duration measured) {

    static SearchSettings fromSystemProperties() {
        return new SearchSettings(
                Integer.getInteger("liaison.bench.search-organizations", 20_000),
                Integer.getInteger("liaison.bench.search-meetings", 20_000),
                Integer.getInteger("liaison.bench.search-import-chunk", 500),
                Integer.getInteger("liaison.bench.search-load-in-flight", 2),
                Boolean.parseBoolean(System.getProperty("liaison.bench.search-meetings-import", "true")),
                Integer.getInteger("liaison.bench.search-connections", 4),
                Duration.ofSeconds(Integer.getInteger("liaison.bench.search-warm-up-seconds", 10)),
                Integer.getInteger("liaison.bench.search-warm-up-rounds", 8),
                Duration.ofSeconds(Integer.getInteger("liaison.bench.search-seconds", 15)));
    }
}
