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
 *   <li>{@code liaison.bench.search-warm-up-rounds}: the most warm-up rounds (20); rounds repeat, two at least,
 *       until the service's JIT compiler threads used less than {@code search-warm-up-compiler-share} of a core in
 *       one ({@link JitActivity}). On two cores the compiler kept a core a third busy for over a minute after the
 *       first meetings searches (longer at 110,000 meetings, where each round runs fewer searches), so a short
 *       warm-up measured the compiler, not the search.</li>
 *   <li>{@code liaison.bench.search-warm-up-compiler-share}: the compiler's share of a core below which a warm-up
 *       round counts as steady (0.05)</li>
 *   <li>{@code liaison.bench.search-seconds}: each query class on each endpoint, measured (15)</li>
 *   <li>{@code liaison.bench.search-hold-seconds}: how long the loaded cluster stays up after the searches, for a
 *       look at it with psql or a profiler (0)</li>
 * </ul>
 * Offices come from {@link BenchSettings}: {@code read-offices} reader tokens for the searches, {@code offices}
 * editor tokens for creates.
 */
record SearchSettings(int organizations, int meetings, int importChunk, int loadInFlight, boolean meetingsImport,
                      int connections, Duration warmUp, int warmUpRounds, double warmUpCompilerShare,
                      Duration measured, Duration hold) {

    static SearchSettings fromSystemProperties() {
        return new SearchSettings(
                Integer.getInteger("liaison.bench.search-organizations", 20_000),
                Integer.getInteger("liaison.bench.search-meetings", 20_000),
                Integer.getInteger("liaison.bench.search-import-chunk", 500),
                Integer.getInteger("liaison.bench.search-load-in-flight", 2),
                Boolean.parseBoolean(System.getProperty("liaison.bench.search-meetings-import", "true")),
                Integer.getInteger("liaison.bench.search-connections", 4),
                Duration.ofSeconds(Integer.getInteger("liaison.bench.search-warm-up-seconds", 10)),
                Integer.getInteger("liaison.bench.search-warm-up-rounds", 20),
                Double.parseDouble(System.getProperty("liaison.bench.search-warm-up-compiler-share", "0.05")),
                Duration.ofSeconds(Integer.getInteger("liaison.bench.search-seconds", 15)),
                Duration.ofSeconds(Integer.getInteger("liaison.bench.search-hold-seconds", 0)));
    }
}
