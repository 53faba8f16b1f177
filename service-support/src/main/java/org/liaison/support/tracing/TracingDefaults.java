package org.liaison.support.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Tracing is on only where traces have somewhere to go: unless an OTLP endpoint is configured
 * ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}, or the traces-only one), the OpenTelemetry SDK is disabled. Quarkus's
 * exporter would otherwise send to localhost:4317 and warn about every failed export; disabled, no span is even
 * made (the tracer is a no-op), so a service without a collector pays nothing for it.
 * <p>
 * A default of the lowest rank (ordinal 50): {@code quarkus.otel.sdk.disabled} set anywhere else wins.
 */
public class TracingDefaults implements ConfigSourceFactory {

    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean exporting = configured(context, ENDPOINT) || configured(context, TRACES_ENDPOINT);
        // Always a value: Quarkus records what the build saw (no endpoint) as the runtime default, which an empty map
        // here would leave in force.
        Map<String, String> defaults = Map.of(SDK_DISABLED, Boolean.toString(!exporting));
        return List.of(new PropertiesConfigSource(defaults, "liaison-tracing-defaults", ORDINAL));
    }

    /**
     * Set by a configuration source above these defaults: the extension's own default endpoint (localhost:4317),
     * which the context also sees in tests, is not a collector anyone configured.
     */
    private static boolean configured(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank()
                && value.getConfigSourceOrdinal() > ORDINAL;
    }
}
