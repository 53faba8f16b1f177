package org.liaison.orgs.organization;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A small per-name candidate bound, so that a test can cross it with a handful of organisations. */
public class SimilarityBound implements QuarkusTestProfile {

    static final int CANDIDATES = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("liaison.orgs.similarity-candidates", String.valueOf(CANDIDATES));
    }
}
