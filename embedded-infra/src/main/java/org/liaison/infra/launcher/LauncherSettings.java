package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code ./liaison} takes from its environment; an empty variable counts as unset, as it did in the script.
 *
 * @param repository        the checkout: where the modules' {@code target/} directories and {@code .liaison/} are
 * @param postgresUrl       LIAISON_PG_URL: an external PostgreSQL instead of the embedded one
 * @param kafkaBootstrap    KAFKA_BOOTSTRAP_SERVERS: an external Kafka instead of the embedded one
 * @param publicKeyLocation MP_JWT_VERIFY_PUBLICKEY_LOCATION: where the services find the key that verifies tokens
 *                          (default: the local key under {@code .liaison/keys})
 */
record LauncherSettings(Path repository, int postgresPort, int kafkaPort, Duration readyTimeout,
                        Duration stopTimeout, List<String> infraJavaOptions, List<String> serviceJavaOptions,
                        Optional<String> postgresUrl, String postgresUser, String postgresPassword,
                        Optional<String> kafkaBootstrap, Optional<String> publicKeyLocation,
                        List<String> benchOptions) {

    static LauncherSettings from(Path repository, Map<String, String> env) {
        Variables v = new Variables(env);
        return new LauncherSettings(repository,
                v.number("LIAISON_PG_PORT", LiaisonTopology.POSTGRES_PORT),
                v.number("LIAISON_KAFKA_PORT", LiaisonTopology.KAFKA_PORT),
                Duration.ofSeconds(v.number("LIAISON_READY_TIMEOUT", 120)),
                Duration.ofSeconds(v.number("LIAISON_STOP_TIMEOUT", 30)),
                words(v.get("LIAISON_INFRA_JAVA_OPTS").orElse("-Xmx1g")),
                words(v.get("LIAISON_SERVICE_JAVA_OPTS").orElse("")),
                v.get("LIAISON_PG_URL"),
                v.get("LIAISON_PG_USER").orElse("postgres"),
                v.get("LIAISON_PG_PASSWORD").orElse("postgres"),
                v.get("KAFKA_BOOTSTRAP_SERVERS"),
                v.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"),
                words(v.get("LIAISON_BENCH_OPTS").orElse("")));
    }

    StateDirectory state() {
        return new StateDirectory(repository);
    }

    boolean embeddedPostgres() {
        return postgresUrl.isEmpty();
    }

    boolean embeddedKafka() {
        return kafkaBootstrap.isEmpty();
    }

    /** JVM options as the shell split them: at whitespace, no quoting. */
    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private record Variables(Map<String, String> env) {
        Optional<String> get(String name) {
            return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty());
        }

        int number(String name, int otherwise) {
            Optional<String> value = get(name);
            try {
                return value.isPresent() ? Integer.parseInt(value.get().trim()) : otherwise;
            } catch (NumberFormatException e) {
                throw new LauncherException(name + " must be a number, is '" + value.get() + "'");
            }
        }
    }
}
