package org.liaison.support.persistence;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import org.liaison.contracts.EventJson;

/**
 * jsonb columns (other names, sources, identifiers, links) are written with the events' mapper, not the REST
 * one that {@code StrictJson} tightens for requests: stored JSON has the shape the event payloads have, and
 * does not change when an API setting does.
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class DatabaseJson implements FormatMapper {

    private final FormatMapper delegate = new JacksonJsonFormatMapper(EventJson.mapper());

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
