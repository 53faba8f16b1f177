package org.liaison.support.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.liaison.support.problem.ProblemException;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read models this service offers to rebuild ({@link ReadModel} beans), and a rebuild of one at a time each
 * ({@link RebuildRun}).
 */
@ApplicationScoped
public class ReadModelRebuild {

    private final Instance<ReadModel> models;
    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final RebuildConfig config;
    private final Config settings;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public ReadModelRebuild(Instance<ReadModel> models, DataSource dataSource, EntityManager entityManager,
                            RebuildConfig config, Config settings) {
        this.models = models;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.config = config;
        this.settings = settings;
    }

    /** A read model this service keeps, and the topic it is rebuilt from. */
    public record Description(String name, String table, String channel, String topic) {
    }

    public List<Description> list() {
        return models.stream().map(model -> new Description(model.name(), model.table(), model.channel(),
                topic(model))).sorted(Comparator.comparing(Description::name)).toList();
    }

    /** Rebuilds the read model named {@code name}; 404 when there is none, 409 while it is being rebuilt already. */
    public RebuildReport rebuild(String name) throws Exception {
        ReadModel model = models.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Read model", name));
        if (!running.add(name)) {
            throw ProblemException.conflict("read model " + name + " is being rebuilt already", Map.of());
        }
        try {
            return new RebuildRun(model, topic(model), kafkaProperties(), dataSource, entityManager, config).call();
        } finally {
            running.remove(name);
        }
    }

    private String topic(ReadModel model) {
        return settings.getValue("mp.messaging.incoming." + model.channel() + ".topic", String.class);
    }

    /** The service's {@code kafka.*} settings that a consumer understands (servers, security), without the prefix. */
    private Map<String, String> kafkaProperties() {
        Set<String> consumerSettings = ConsumerConfig.configNames();
        Map<String, String> properties = new HashMap<>();
        for (String property : settings.getPropertyNames()) {
            String key = property.startsWith("kafka.") ? property.substring("kafka.".length()) : null;
            if (key != null && consumerSettings.contains(key)) {
                settings.getOptionalValue(property, String.class).filter(value -> !value.isBlank())
                        .ifPresent(value -> properties.put(key, value));
            }
        }
        return properties;
    }
}
