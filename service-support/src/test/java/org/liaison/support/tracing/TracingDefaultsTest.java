package org.liaison.support.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tracing is on exactly when an OTLP endpoint is configured; the default yields to any explicit setting. */
class TracingDefaultsTest {

    @Test
    void withoutAnEndpointTheSdkIsDisabled() {
        assertEquals("true", sdkDisabled(Map.of()));
        assertEquals("true", sdkDisabled(Map.of(TracingDefaults.ENDPOINT, " ")), "an empty setting is none");
    }

    @Test
    void theExtensionsOwnDefaultEndpointIsNone() {
        assertEquals("true", sdkDisabled(Map.of(TracingDefaults.ENDPOINT, "http://localhost:4317"),
                Integer.MIN_VALUE), "the extension's default, not a setting");
    }

    @Test
    void anEndpointTurnsTracingOn() {
        assertEquals("false", sdkDisabled(Map.of(TracingDefaults.ENDPOINT, "http://otel-collector:4317")));
        assertEquals("false", sdkDisabled(Map.of(TracingDefaults.TRACES_ENDPOINT, "http://otel-collector:4317")));
    }

    @Test
    void itRanksBelowEveryConfigurationFile() {
        ConfigSource defaults = new TracingDefaults().getConfigSources(context(Map.of())).iterator().next();
        assertEquals(50, defaults.getOrdinal(), "below microprofile-config.properties (100), so a setting there wins");
    }

    private static String sdkDisabled(Map<String, String> settings) {
        return sdkDisabled(settings, 300);
    }

    /** What the defaults say when the settings come from a source of this ordinal (300: environment variables). */
    private static String sdkDisabled(Map<String, String> settings, int ordinal) {
        return new TracingDefaults().getConfigSources(context(settings, ordinal)).iterator().next()
                .getValue(TracingDefaults.SDK_DISABLED);
    }

    private static ConfigSourceContext context(Map<String, String> settings) {
        return context(settings, 300);
    }

    private static ConfigSourceContext context(Map<String, String> settings, int ordinal) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = settings.get(name);
                return value == null ? null : ConfigValue.builder().withName(name).withValue(value)
                        .withConfigSourceOrdinal(ordinal).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return settings.keySet().iterator();
            }
        };
    }
}
