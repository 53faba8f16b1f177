package org.liaison.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.liaison.infra.testing.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quarkus test resource backed by {@link EmbeddedInfra#shared()}: a real PostgreSQL and a real Kafka
 * broker, started once per JVM (i.e. once per Surefire fork) and shared by every test class.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = LiaisonTestResource.class,
 *                   initArgs = @ResourceArg(name = "database", value = "orgs"))
 * class OrgResourceTest { ... }
 * }</pre>
 *
 * <p>Init args: {@code database} — the database the service's default datasource points at
 * ({@code orgs}, {@code meetings}, {@code recommendations} or {@code dashboard}; any other name is created on
 * demand);
 * without it no datasource property is returned. Returned config: {@code quarkus.datasource.jdbc.url},
 * {@code quarkus.datasource.username}, {@code quarkus.datasource.password}, {@code kafka.bootstrap.servers}
 * and the JWT verification key of {@code TestTokens}. Dev Services are switched off by each service's
 * {@code quarkus.devservices.enabled=false}, a build-time setting that a test resource must not repeat (a
 * {@code @TestProfile} restart would refuse it). {@link #stop()} does nothing: the servers live until the JVM exits.
 */
public class LiaisonTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String db = initArgs == null ? null : initArgs.get(DATABASE_ARG);
        this.database = db == null || db.isBlank() ? null : db.trim();
    }

    @Override
    public Map<String, String> start() {
        EmbeddedInfra infra = EmbeddedInfra.shared();
        Map<String, String> config = new HashMap<>();
        if (database != null) {
            if (!LiaisonDatabases.all().contains(database)) {
                infra.ensureDatabases(List.of(database));
            }
            config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
            config.put("quarkus.datasource.username", infra.pgUser());
            config.put("quarkus.datasource.password", infra.pgPassword());
        }
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        // The service trusts the key that TestTokens signs with.
        config.put("mp.jwt.verify.publickey.location", TestTokens.keys().publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", LocalKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // EmbeddedInfra.shared() lives until the JVM exits (shutdown hook).
    }
}
