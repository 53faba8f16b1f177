package org.liaison.dashboard.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.dashboard.lag.ConsumerLag;
import org.liaison.support.problem.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The health panel's figures: every service's state, outbox backlog, dead letters and consumer lag, and the events
 * per minute of the last hour. The three other services are asked at once, each question within
 * {@code liaison.system-health.timeout}; one that does not answer is shown unreachable, never an error of the whole.
 */
@ApplicationScoped
public class SystemHealth {

    /**
     * @param lagProblem why the consumer lag is unknown (Kafka did not answer in time), else null
     */
    public record Report(Instant checkedAt, List<ServiceHealth> services, String lagProblem,
                         List<EventsPerMinute.Minute> eventsPerMinute) {
    }

    static final String ORGS = "orgs-service";
    static final String MEETINGS = "meetings-service";
    static final String RECOMMENDATIONS = "recommendations-service";
    static final String DASHBOARD = "dashboard-service";

    private final SystemHealthConfig config;
    private final DashboardConfig dashboard;
    private final ConsumerLag lag;
    private final OwnService own;
    private final EventsPerMinute events;
    private final String webhooksGroup;
    private final RemoteService remote;

    public SystemHealth(SystemHealthConfig config, DashboardConfig dashboard, ConsumerLag lag, OwnService own,
                        EventsPerMinute events,
                        @ConfigProperty(name = "mp.messaging.incoming.webhooks-in.group.id") String webhooksGroup) {
        this.config = config;
        this.dashboard = dashboard;
        this.lag = lag;
        this.own = own;
        this.events = events;
        this.webhooksGroup = webhooksGroup;
        this.remote = new RemoteService(config.timeout());
    }

    /**
     * @param authorization the caller's {@code Authorization} header, which the other services' metrics ask for
     */
    public Report read(String authorization) {
        Map<String, CompletableFuture<ServiceAnswers>> asked = new LinkedHashMap<>();
        asked.put(ORGS, remote.ask(config.orgsUrl(), authorization));
        asked.put(MEETINGS, remote.ask(config.meetingsUrl(), authorization));
        asked.put(RECOMMENDATIONS, remote.ask(config.recommendationsUrl(), authorization));
        // While they answer: this instance's own, and the lag.
        ServiceAnswers self = own.answers();
        Map<String, String> groups = consumerGroups();
        Map<String, Long> lagByGroup = new HashMap<>();
        String lagProblem = null;
        try {
            lag.read(List.copyOf(groups.values()), config.timeout())
                    .forEach(group -> lagByGroup.put(group.group(), group.lag()));
        } catch (ProblemException | KafkaException e) {
            lagProblem = "Kafka did not answer the lag query within " + config.timeout().toMillis() + " ms";
        }
        List<ServiceHealth> services = new ArrayList<>();
        asked.forEach((service, answers) -> services.add(
                ServiceHealth.of(service, answers.join(), lagByGroup.get(groups.get(service)))));
        services.add(ServiceHealth.of(DASHBOARD, self, lagByGroup.get(groups.get(DASHBOARD))));
        return new Report(Instant.now(), services, lagProblem, events.lastHour());
    }

    /**
     * Each service's consumer group, by service: those of {@code liaison.dashboard.lag-groups} named after a service
     * (meetings-service, recommendations-service; orgs-service reads no topic) and the dashboard's webhook group.
     */
    private Map<String, String> consumerGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (String service : List.of(ORGS, MEETINGS, RECOMMENDATIONS)) {
            if (dashboard.lagGroups().contains(service)) {
                groups.put(service, service);
            }
        }
        groups.put(DASHBOARD, webhooksGroup);
        return groups;
    }
}
