package org.liaison.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.liaison.deploy.KubernetesChecks.Facts;
import org.liaison.deploy.KubernetesManifests.Document;
import org.liaison.deploy.KubernetesManifests.Kustomization;
import org.liaison.deploy.KubernetesManifests.Layer;
import org.liaison.deploy.KubernetesManifests.Manifests;
import org.liaison.infra.LiaisonTopology;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/kubernetes read into the Kubernetes and Strimzi models and held against LiaisonTopology, without a cluster
 * and without kubectl. The second half breaks a fresh copy of the manifests in one place each and expects the
 * checks to name it, so that a check which cannot fail would show here.
 */
class KubernetesManifestsTest {

    static final Path REPO = Path.of(System.getProperty("liaison.repo", "..")).toAbsolutePath().normalize();
    static final Path ROOT = REPO.resolve("deploy/kubernetes");
    /** The Kafka the services are built and tested against: the kafka-clients of the build. */
    static final Facts FACTS = Facts.read(REPO, AppInfoParser.getVersion());

    // ---- the manifests as they are --------------------------------------------------------------------------------

    @Test
    void everyDocumentReadsIntoItsModel() {
        Manifests m = KubernetesManifests.load(ROOT);
        Set<String> types = new TreeSet<>();
        m.base().documents().forEach(d -> types.add(d.type()));
        assertEquals(new TreeSet<>(List.of("apps/v1/Deployment", "autoscaling/v2/HorizontalPodAutoscaler",
                "kafka.strimzi.io/v1/Kafka", "kafka.strimzi.io/v1/KafkaNodePool", "kafka.strimzi.io/v1/KafkaTopic",
                "kafka.strimzi.io/v1/KafkaUser",
                "networking.k8s.io/v1/Ingress", "policy/v1/PodDisruptionBudget", "postgresql.cnpg.io/v1/Cluster",
                "v1/ConfigMap", "v1/Service")), types);
        for (Document d : m.base().documents()) {
            // Only the CNPG Cluster, which has no Java model, is left as fabric8's bag of fields.
            assertEquals(d.type().equals(KubernetesManifests.CNPG_CLUSTER),
                    d.resource() instanceof GenericKubernetesResource, d.type() + " " + name(d.resource()));
        }
        assertEquals(List.of("dev", "production"), m.overlays().stream().map(Layer::name).toList());
        m.overlays().forEach(o -> assertTrue(!o.patches().isEmpty(), o.name() + " reads its patches"));
    }

    @Test
    void kustomizationsNameEveryFileAndPatchOnlyTheBase() {
        assertEquals(List.of(), KubernetesChecks.kustomizations(load()));
    }

    @Test
    void everyServiceIsDeployedAsTheTopologySays() {
        assertEquals(List.of(), KubernetesChecks.services(load(), FACTS));
    }

    @Test
    void kafkaHasEveryTopicOfTheTopologyAndNoOther() {
        assertEquals(List.of(), KubernetesChecks.kafka(load(), FACTS));
    }

    @Test
    void everyServiceHasADatabaseClusterOfItsOwn() {
        assertEquals(List.of(), KubernetesChecks.databases(load()));
    }

    @Test
    void theDashboardIsBehindAnIngressFitForItsStream() {
        assertEquals(List.of(), KubernetesChecks.dashboardIngress(load()));
    }

    @Test
    void everyOverlayKeepsTwoReplicasSetsImagesAndVerifiesTokens() {
        assertEquals(List.of(), KubernetesChecks.overlays(load()));
    }

    @Test
    void everySecretIsMadeByTheOperatorGeneratedOrDocumented() {
        assertEquals(List.of(), KubernetesChecks.secrets(load(), FACTS));
    }

    @Test
    void kafkaAdmitsEachServiceAsItsOwnPrincipalWithTheAclsOfTheTopology() {
        assertEquals(List.of(), KubernetesChecks.kafkaAccess(load(), FACTS));
    }

    @Test
    void theAclsTheTopologyImpliesAreThese() {
        // Written out once by hand, so that a mistake in expectedAcls (which the manifests are held to) shows too.
        assertEquals(Set.of("Write on topic orgs.events", "Describe on topic orgs.events",
                "IdempotentWrite on cluster"), acls(LiaisonTopology.ORGS));
        assertEquals(Set.of("Write on topic meetings.events", "Describe on topic meetings.events",
                "IdempotentWrite on cluster", "Read on topic orgs.events", "Describe on topic orgs.events",
                "Read on topic recommendations.events", "Describe on topic recommendations.events",
                "Read on group meetings-service", "Write on topic meetings-service.dlq",
                "Describe on topic meetings-service.dlq"), acls(LiaisonTopology.MEETINGS));
        assertEquals(Set.of("Write on topic recommendations.events", "Describe on topic recommendations.events",
                "IdempotentWrite on cluster", "Read on topic orgs.events", "Describe on topic orgs.events",
                "Read on topic meetings.events", "Describe on topic meetings.events",
                "Read on group recommendations-service", "Write on topic recommendations-service.dlq",
                "Describe on topic recommendations-service.dlq"), acls(LiaisonTopology.RECOMMENDATIONS));
        assertEquals(Set.of("Read on topic orgs.events", "Describe on topic orgs.events",
                "Read on topic meetings.events", "Describe on topic meetings.events",
                "Read on topic recommendations.events", "Describe on topic recommendations.events",
                "Read on group dashboard-webhooks", "Read on group prefix dashboard-",
                "Describe on group meetings-service", "Describe on group recommendations-service",
                "Write on topic dashboard-service.dlq", "Describe on topic dashboard-service.dlq"),
                acls(LiaisonTopology.DASHBOARD));
    }

    // ---- broken copies: each check must name what was broken -----------------------------------------------------

    @Test
    void aDroppedKafkaTopicIsNamed() {
        Manifests m = load();
        m.base().documents().removeIf(d -> d.resource() instanceof KafkaTopic t && name(t).equals("meetings.events"));
        assertNamed(KubernetesChecks.kafka(m, FACTS), "topic meetings.events has 0 KafkaTopic resources");
    }

    @Test
    void aKafkaTopicTheTopologyLacksIsNamed() {
        Manifests m = load();
        KafkaTopic extra = KubernetesManifests.copy(m.base(KafkaTopic.class).get(0));
        extra.getMetadata().setName("audit.events");
        m.base().documents().add(new Document(ROOT.resolve("base/kafka-topics.yaml"), "kafka.strimzi.io/v1", extra));
        assertNamed(KubernetesChecks.kafka(m, FACTS), "KafkaTopic audit.events: not a topic of LiaisonTopology");
    }

    @Test
    void aKafkaTopicWithOtherPartitionsOrReplicasIsNamed() {
        Manifests m = load();
        KafkaTopic dlq = topic(m, "dashboard-service.dlq");
        dlq.getSpec().setPartitions(6);
        dlq.getSpec().setReplicas(1);
        List<String> problems = KubernetesChecks.kafka(m, FACTS);
        assertNamed(problems, "KafkaTopic dashboard-service.dlq: partitions 6, the topology has 1");
        assertNamed(problems, "KafkaTopic dashboard-service.dlq: replicas 1, not 3");
    }

    @Test
    void aSingleReplicaDeploymentIsNamed() {
        Manifests m = load();
        deployment(m, "recommendations-service").getSpec().setReplicas(1);
        assertNamed(KubernetesChecks.services(m, FACTS), "Deployment recommendations-service: replicas 1, at least 2");
        assertNamed(KubernetesChecks.overlays(m), "overlays/dev: Deployment recommendations-service has 1 replicas");
    }

    @Test
    void anOverlayThatScalesAServiceToOneIsNamed() {
        Manifests m = load();
        overlay(m, "production").kustomization().replicas().add(new Kustomization.Replica("orgs-service", 1));
        assertNamed(KubernetesChecks.overlays(m), "overlays/production: Deployment orgs-service has 1 replicas");
    }

    @Test
    void aWrongProbeIsNamed() {
        Manifests m = load();
        Container c = container(m, "meetings-service");
        c.getReadinessProbe().getHttpGet().setPath("/q/health");
        c.getLivenessProbe().getHttpGet().setPort(new IntOrString(9000));
        List<String> problems = KubernetesChecks.services(m, FACTS);
        assertNamed(problems, "Deployment meetings-service: readinessProbe: path /q/health, not /q/health/ready");
        assertNamed(problems, "Deployment meetings-service: livenessProbe: port 9000 is not 8082");
    }

    @Test
    void aHeapOtherThanTheTopologysIsNamed() {
        Manifests m = load();
        assertEquals(List.of(), KubernetesChecks.services(m, FACTS));
        Container dashboard = container(m, "dashboard-service");
        dashboard.getResources().getLimits().put("memory", new Quantity("768Mi"));
        dashboard.getResources().getRequests().put("memory", new Quantity("768Mi"));
        Container orgs = container(m, "orgs-service");
        orgs.getEnv().stream().filter(e -> e.getName().equals("JAVA_OPTS_APPEND")).findFirst().orElseThrow()
                .setValue("-XX:MaxRAMPercentage=75.0 -Dquarkus.http.host=0.0.0.0 "
                        + "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        List<String> problems = KubernetesChecks.services(m, FACTS);
        assertNamed(problems,
                "Deployment dashboard-service: memory limit 768Mi, not 1024Mi: twice its heap of 512 MiB");
        assertNamed(problems, "Deployment orgs-service: -XX:MaxRAMPercentage=75.0, not the images' 50");
    }

    @Test
    void aContainerWithoutLimitsIsNamed() {
        Manifests m = load();
        Container c = container(m, "orgs-service");
        c.setResources(new ResourceRequirementsBuilder().withRequests(c.getResources().getRequests()).build());
        assertNamed(KubernetesChecks.services(m, FACTS), "needs both a request and a limit of memory");
    }

    @Test
    void aDatasourceOfAnotherDatabaseIsNamed() {
        Manifests m = load();
        ConfigMap config = m.base(ConfigMap.class).stream().filter(c -> name(c).equals("meetings-service-config"))
                .findFirst().orElseThrow();
        config.getData().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://orgs-db-rw:5432/orgs");
        assertNamed(KubernetesChecks.databases(m), "Deployment meetings-service: QUARKUS_DATASOURCE_JDBC_URL is "
                + "jdbc:postgresql://orgs-db-rw:5432/orgs, not its own database");
    }

    @Test
    void aServiceTheDashboardCannotFindForItsHealthPanelIsNamed() {
        Manifests m = load();
        ConfigMap config = m.base(ConfigMap.class).stream().filter(c -> name(c).equals("dashboard-service-config"))
                .findFirst().orElseThrow();
        config.getData().remove("LIAISON_SYSTEM_HEALTH_MEETINGS_URL");
        config.getData().put("LIAISON_SYSTEM_HEALTH_ORGS_URL", "http://127.0.0.1:8081");
        List<String> problems = KubernetesChecks.services(m, FACTS);
        assertNamed(problems, "LIAISON_SYSTEM_HEALTH_MEETINGS_URL is null, not http://meetings-service:8082");
        assertNamed(problems, "LIAISON_SYSTEM_HEALTH_ORGS_URL is http://127.0.0.1:8081, not http://orgs-service:8081");
    }

    @Test
    void aMissingDatabaseClusterIsNamed() {
        Manifests m = load();
        m.base().documents().removeIf(d -> d.resource() instanceof GenericKubernetesResource c
                && name(c).equals("recommendations-db"));
        assertNamed(KubernetesChecks.databases(m), "recommendations-service: no CNPG Cluster makes its database");
    }

    @Test
    void aMissingFileOrAnUnnamedOneIsNamed() {
        Manifests m = load();
        m.base().kustomization().resources().add("redis.yaml");
        m.yamlFiles().add(ROOT.resolve("base/forgotten.yaml"));
        List<String> problems = KubernetesChecks.kustomizations(m);
        assertNamed(problems, "resource redis.yaml is neither a file nor a kustomization");
        assertNamed(problems, "forgotten.yaml is named by no kustomization");
    }

    @Test
    void aPatchOfSomethingTheBaseLacksIsNamed() {
        Manifests m = load();
        HasMetadata patch = overlay(m, "dev").patches().stream().map(p -> p.document().resource())
                .filter(r -> r instanceof Deployment && name(r).equals("orgs-service")).findFirst().orElseThrow();
        patch.getMetadata().setName("organisations-service");
        assertNamed(KubernetesChecks.kustomizations(m),
                "targets Deployment organisations-service, which the base does not have");
    }

    @Test
    void anAutoscalerOfAnotherDeploymentIsNamed() {
        Manifests m = load();
        HorizontalPodAutoscaler h = m.base(HorizontalPodAutoscaler.class).stream()
                .filter(a -> name(a).equals("dashboard-service")).findFirst().orElseThrow();
        h.getSpec().getScaleTargetRef().setName("dashboard");
        assertNamed(KubernetesChecks.services(m, FACTS), "dashboard-service: 0 HorizontalPodAutoscalers scale it");
    }

    @Test
    void aBufferingIngressWithoutAffinityIsNamed() {
        Manifests m = load();
        Map<String, String> annotations = m.base(Ingress.class).get(0).getMetadata().getAnnotations();
        annotations.put("nginx.ingress.kubernetes.io/proxy-buffering", "on");
        annotations.remove("nginx.ingress.kubernetes.io/affinity");
        List<String> problems = KubernetesChecks.dashboardIngress(m);
        assertNamed(problems, "proxy-buffering must be \"off\"");
        assertNamed(problems, "affinity must be cookie");
    }

    @Test
    void anUndocumentedSecretIsNamed() {
        Facts noReadme = new Facts(FACTS.imageUser(), FACTS.imageJavaOpts(), FACTS.settings(), FACTS.lagGroups(),
                FACTS.kafkaVersion(), "");
        List<String> problems = KubernetesChecks.secrets(load(), noReadme);
        assertNamed(problems, "Secret liaison-webhooks is read");
        assertNamed(problems, "Secret liaison-jwt-public-key is read");
    }

    @Test
    void productionVerifyingTokensWithAKeyFileIsNamed() {
        Manifests m = load();
        overlay(m, "production").kustomization().configMapGenerator().get(0).literals()
                .add("MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:/deployments/keys/public.pem");
        assertNamed(KubernetesChecks.overlays(m), "production verifies tokens with the identity provider's JWKS URL");
    }

    @Test
    void aWriteOnAnotherServicesTopicIsNamed() {
        Manifests m = load();
        AclRuleTopicResource orgs = new AclRuleTopicResource();
        orgs.setName("orgs.events");
        aclsOf(m, "recommendations-service").add(new AclRule(null, orgs, null, List.of(AclOperation.WRITE)));
        assertNamed(KubernetesChecks.kafkaAccess(m, FACTS), "KafkaUser recommendations-service: allows Write on "
                + "topic orgs.events, which the topology does not imply (orgs.events is orgs-service's)");
    }

    @Test
    void aMissingReadOnAConsumedTopicIsNamed() {
        Manifests m = load();
        aclsOf(m, "recommendations-service").removeIf(rule -> rule.getResource() instanceof AclRuleTopicResource t
                && t.getName().equals("meetings.events"));
        List<String> problems = KubernetesChecks.kafkaAccess(m, FACTS);
        assertNamed(problems, "KafkaUser recommendations-service: lacks Read on topic meetings.events, which the "
                + "topology implies: channel meetings-in reads meetings.events");
        assertNamed(problems, "KafkaUser recommendations-service: lacks Describe on topic meetings.events");
    }

    @Test
    void aMissingKafkaUserOrAGroupPrefixOfAnyNameIsNamed() {
        Manifests m = load();
        m.base().documents().removeIf(d -> d.resource() instanceof KafkaUser u && name(u).equals("orgs-service"));
        aclsOf(m, "dashboard-service").stream().map(AclRule::getResource)
                .filter(r -> r instanceof AclRuleGroupResource g && g.getName().equals("dashboard-"))
                .forEach(r -> ((AclRuleGroupResource) r).setName("dash"));
        List<String> problems = KubernetesChecks.kafkaAccess(m, FACTS);
        assertNamed(problems, "orgs-service: 0 KafkaUsers of that name, not 1");
        assertNamed(problems, "KafkaUser dashboard-service: allows Read on group prefix dash, which the topology");
        assertNamed(problems, "KafkaUser dashboard-service: lacks Read on group prefix dashboard-");
        // Without the README, which names the user Secrets as Strimzi's: the Secret of a user that is gone is made
        // by nobody.
        Facts noReadme = new Facts(FACTS.imageUser(), FACTS.imageJavaOpts(), FACTS.settings(), FACTS.lagGroups(),
                FACTS.kafkaVersion(), "");
        assertNamed(KubernetesChecks.secrets(m, noReadme), "Secret orgs-service is read but neither made");
        assertTrue(KubernetesChecks.secrets(m, noReadme).stream().noneMatch(p -> p.contains("Secret meetings-service")
                || p.contains("liaison-cluster-ca-cert")), "Strimzi makes the others");
    }

    @Test
    void aDeploymentWithAnotherServicesKafkaUserIsNamed() {
        Manifests m = load();
        container(m, "meetings-service").getEnv().stream().filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                .forEach(e -> e.getValueFrom().getSecretKeyRef().setName("orgs-service"));
        assertNamed(KubernetesChecks.kafkaAccess(m, FACTS), "Deployment meetings-service: KAFKA_SASL_JAAS_CONFIG "
                + "comes from Secret orgs-service key sasl.jaas.config, the credentials of KafkaUser orgs-service");
    }

    @Test
    void aListenerWithoutAuthenticationIsNamed() {
        Manifests m = load();
        m.base(Kafka.class).get(0).getSpec().getKafka().getListeners().forEach(l -> l.setAuth(null));
        List<String> problems = KubernetesChecks.kafkaAccess(m, FACTS);
        assertNamed(problems, "Kafka liaison: listener tls (port 9093) requires no authentication");
        assertNamed(problems, "Deployment dashboard-service: KAFKA_BOOTSTRAP_SERVERS liaison-kafka-bootstrap:9093 is "
                + "listener tls, which does not require SCRAM-SHA-512 authentication over TLS");
        assertNamed(KubernetesChecks.kafka(m, FACTS), "no internal TLS listener with SCRAM-SHA-512 authentication");
    }

    @Test
    void aClusterWithoutAuthorizationOrWithASuperUserIsNamed() {
        Manifests m = load();
        Kafka kafka = m.base(Kafka.class).get(0);
        ((KafkaAuthorizationSimple) kafka.getSpec().getKafka().getAuthorization()).setSuperUsers(List.of("admin"));
        assertNamed(KubernetesChecks.kafkaAccess(m, FACTS), "Kafka liaison: superUsers [admin]");
        kafka.getSpec().getKafka().setAuthorization(null);
        assertNamed(KubernetesChecks.kafkaAccess(m, FACTS), "Kafka liaison: authorization none, not simple");
    }

    @Test
    void anOverlayThatTurnsSaslOffOrAnUnmountedCaIsNamed() {
        Manifests m = load();
        overlay(m, "dev").kustomization().configMapGenerator().get(0).literals()
                .add("KAFKA_SECURITY_PROTOCOL=PLAINTEXT");
        deployment(m, "orgs-service").getSpec().getTemplate().getSpec().getVolumes()
                .removeIf(v -> v.getName().equals("kafka-ca"));
        List<String> problems = KubernetesChecks.kafkaAccess(m, FACTS);
        assertNamed(problems, "overlays/dev: Deployment recommendations-service: KAFKA_SECURITY_PROTOCOL is "
                + "PLAINTEXT, not SASL_SSL");
        assertNamed(problems, "Deployment orgs-service: KAFKA_SSL_TRUSTSTORE_LOCATION /deployments/kafka-ca/ca.crt "
                + "must be key ca.crt of Secret liaison-cluster-ca-cert, mounted");
    }

    @Test
    void aMisspeltFieldFailsToRead() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orgs-service
                spec:
                  template:
                    spec:
                      containers:
                        - name: orgs-service
                          readinesProbe:
                            httpGet: {path: /q/health/ready, port: http}
                """;
        var e = assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.documents(Path.of("broken.yaml"), yaml));
        assertTrue(e.getMessage().contains(".spec.template.spec.containers[0].readinesProbe"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeFailsToRead() {
        String yaml = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: orgs.events
                spec:
                  partitions: six
                """;
        assertThrows(IllegalArgumentException.class, () -> KubernetesManifests.documents(Path.of("broken.yaml"), yaml));
    }

    @Test
    void aMisspeltStrimziFieldFailsToRead() {
        String yaml = """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: orgs.events
                spec:
                  partitions: 6
                  replica: 3
                """;
        var e = assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.documents(Path.of("broken.yaml"), yaml));
        assertTrue(e.getMessage().contains(".spec.replica"), e.getMessage());
    }

    @Test
    void anApiVersionStrimziNoLongerServesFailsToRead() {
        String yaml = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: orgs.events
                spec:
                  partitions: 6
                """;
        var e = assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.documents(Path.of("old.yaml"), yaml));
        assertTrue(e.getMessage().contains("Strimzi 1.x serves kafka.strimzi.io/v1 only"), e.getMessage());
    }

    @Test
    void aFieldStrimziV1DroppedFailsToRead() {
        String yaml = """
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata:
                  name: liaison
                spec:
                  kafka:
                    replicas: 3
                    listeners: [{name: plain, port: 9092, type: internal, tls: false}]
                """;
        var e = assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.documents(Path.of("old.yaml"), yaml));
        assertTrue(e.getMessage().contains(".spec.kafka.replicas (v1beta2 only)"), e.getMessage());
    }

    @Test
    void aMisspeltCnpgFieldFailsToRead() {
        String yaml = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: orgs-db
                spec:
                  instances: 3
                  bootstrap:
                    initdb:
                      databse: orgs
                """;
        var e = assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.documents(Path.of("broken.yaml"), yaml));
        assertTrue(e.getMessage().contains("databse"), e.getMessage());
    }

    @Test
    void aKustomizeFeatureOutsideTheLongStandingOnesFailsToRead() {
        Path file = ROOT.resolve("overlays/dev/kustomization.yaml");
        // Read as the dev overlay, with the field kustomize has deprecated in favour of patches.
        var e = assertThrows(IllegalArgumentException.class, () -> KubernetesManifests.kustomization(file,
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\npatchesStrategicMerge: [a.yaml]\n"));
        assertTrue(e.getMessage().contains("patchesStrategicMerge"), e.getMessage());
    }

    @Test
    void everyTopologyServiceIsChecked() {
        // The checks iterate LiaisonTopology: an empty topology would pass them all, vacuously.
        assertEquals(4, LiaisonTopology.SERVICES.size());
        assertEquals(6, LiaisonTopology.topics().size());
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static Manifests load() {
        return KubernetesManifests.load(ROOT);
    }

    private static void assertNamed(List<String> problems, String fragment) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)),
                "expected a problem containing \"" + fragment + "\" in " + problems);
    }

    private static Layer overlay(Manifests m, String name) {
        return m.overlays().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static Deployment deployment(Manifests m, String name) {
        return m.base(Deployment.class).stream().filter(d -> name(d).equals(name)).findFirst().orElseThrow();
    }

    private static Container container(Manifests m, String name) {
        return deployment(m, name).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static List<AclRule> aclsOf(Manifests m, String user) {
        KafkaUser u = m.base(KafkaUser.class).stream().filter(k -> name(k).equals(user)).findFirst().orElseThrow();
        return ((KafkaUserAuthorizationSimple) u.getSpec().getAuthorization()).getAcls();
    }

    private static Set<String> acls(LiaisonTopology.Service s) {
        Set<String> acls = new TreeSet<>();
        KubernetesChecks.expectedAcls(s, FACTS).keySet().forEach(a -> acls.add(a.toString()));
        return acls;
    }

    private static KafkaTopic topic(Manifests m, String name) {
        return m.base(KafkaTopic.class).stream().filter(t -> name(t).equals(name)).findFirst().orElseThrow();
    }

    private static String name(HasMetadata r) {
        return r.getMetadata().getName();
    }
}
