package org.liaison.support.messaging;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The spans the tests' application ends, kept in memory: Quarkus's {@code cdi} exporter sends them to every
 * {@code SpanExporter} bean, and the OTLP exporter is left out of the tests' build (application.properties).
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
