package org.liaison.orgs.popolo;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.liaison.infra.LiaisonTestResource;

import java.util.List;
import java.util.Map;

/**
 * The export/import tests compare whole exports and wipe tables, so they run against a database of their own
 * ({@code orgs_popolo} on the shared embedded PostgreSQL, created and migrated on first use) instead of the
 * {@code orgs} database every other test class shares. The import bound is lowered so that a test can cross it, and
 * the chunk size so that the files of the tests span chunks.
 */
public class PrivateDatabase implements QuarkusTestProfile {

    static final int MAX_RECORDS = 40;
    static final int CHUNK_SIZE = 8;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LiaisonTestResource.class,
                Map.of(LiaisonTestResource.DATABASE_ARG, "orgs_popolo")));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("liaison.orgs.import.max-records", String.valueOf(MAX_RECORDS),
                "liaison.orgs.import.chunk-size", String.valueOf(CHUNK_SIZE));
    }
}
