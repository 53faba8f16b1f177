package org.liaison.meetings.document;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.Optional;

/** The default: no scanner installed, every file passes (unless {@code require-virus-scan} refuses uploads). */
@ApplicationScoped
@DefaultBean
public class NoVirusScan implements VirusScan {

    @Override
    public Optional<String> findThreat(Path file, String mediaType) {
        return Optional.empty();
    }

    @Override
    public boolean scans() {
        return false;
    }
}
