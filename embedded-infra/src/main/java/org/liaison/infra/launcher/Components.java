package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The names {@code ./liaison} knows: each service by its name or short name, and the infrastructure. */
final class Components {

    private Components() {
    }

    /** {@code orgs-service} for {@code orgs} or {@code orgs-service}; {@code infra} for {@code infrastructure}. */
    static Optional<String> named(String name) {
        if (StateDirectory.INFRA.equals(name) || "infrastructure".equals(name)) {
            return Optional.of(StateDirectory.INFRA);
        }
        return LiaisonTopology.service(name).map(LiaisonTopology.Service::name);
    }

    /** "orgs-service meetings-service recommendations-service dashboard-service infra" */
    static String list() {
        return Stream.concat(LiaisonTopology.SERVICES.stream().map(LiaisonTopology.Service::name),
                Stream.of(StateDirectory.INFRA)).collect(Collectors.joining(" "));
    }
}
