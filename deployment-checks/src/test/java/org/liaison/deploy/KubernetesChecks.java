package org.liaison.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import org.liaison.deploy.KubernetesManifests.CnpgClusterSpec;
import org.liaison.deploy.KubernetesManifests.Document;
import org.liaison.deploy.KubernetesManifests.Kustomization;
import org.liaison.deploy.KubernetesManifests.Layer;
import org.liaison.deploy.KubernetesManifests.Manifests;
import org.liaison.deploy.KubernetesManifests.PatchDocument;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.launcher.ServiceEnvironment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/kubernetes held against {@link LiaisonTopology} and the rest of the repository (Dockerfiles, the services'
 * application.properties). Each check takes the manifests as read by {@link KubernetesManifests} and returns what
 * disagrees, one readable line per problem, so that a test can feed in a broken copy and see it named.
 */
final class KubernetesChecks {

    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";
    static final String STARTED = "/q/health/started";
    /** Replicas of every topic: a record is on three brokers and acknowledged by two (min.insync.replicas). */
    static final int TOPIC_REPLICAS = 3;
    static final int MIN_INSYNC_REPLICAS = 2;
    /** Fewer and a rollout or a lost node leaves a service with no pod. */
    static final int MIN_REPLICAS = 2;
    /** The overlay that must verify tokens with an identity provider and run a replicated database. */
    static final String PRODUCTION = "production";
    static final int PRODUCTION_DATABASE_INSTANCES = 3;

    private static final Pattern IMAGE = Pattern.compile("ghcr\\.io/[a-z0-9][a-z0-9-]*/liaison-(.+)");
    private static final Pattern MAX_RAM = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(\\.\\d+)?)");
    private static final Pattern JAVA_OPTS = Pattern.compile("(?m)^ENV\\s+JAVA_OPTS_APPEND=\"([^\"]*)\"");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$");
    /** The setting that names the consumer groups whose lag a service reports (dashboard-service's GET /lag). */
    static final String LAG_GROUPS = "liaison.dashboard.lag-groups";

    /**
     * What the rest of the repository says about each service: its image's user and JVM flags, its settings, the
     * consumer groups whose lag it reports (liaison.dashboard.lag-groups, read with an admin client).
     */
    record Facts(Map<String, String> imageUser, Map<String, List<String>> imageJavaOpts,
                 Map<String, Set<String>> settings, Map<String, List<String>> lagGroups, String kafkaVersion,
                 String readme) {

        /** Reads the Dockerfiles, application.properties and deploy/kubernetes/README.md below {@code repo}. */
        static Facts read(Path repo, String kafkaVersion) {
            Map<String, String> user = new LinkedHashMap<>();
            Map<String, List<String>> javaOpts = new LinkedHashMap<>();
            Map<String, Set<String>> settings = new LinkedHashMap<>();
            Map<String, List<String>> lagGroups = new LinkedHashMap<>();
            for (LiaisonTopology.Service s : LiaisonTopology.SERVICES) {
                String dockerfile = text(repo.resolve(s.name() + "/src/main/docker/Dockerfile.jvm"));
                Matcher u = USER.matcher(dockerfile);
                user.put(s.name(), u.find() ? u.group(1) : null);
                Matcher j = JAVA_OPTS.matcher(dockerfile);
                javaOpts.put(s.name(), j.find() ? List.of(j.group(1).trim().split("\\s+")) : List.of());
                Properties properties = new Properties();
                try (Reader in = Files.newBufferedReader(
                        repo.resolve(s.name() + "/src/main/resources/application.properties"))) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Set<String> keys = new TreeSet<>();
                // %dev.liaison.webhooks.secret-key is a setting of the service all the same.
                properties.stringPropertyNames().forEach(k -> keys.add(k.replaceFirst("^%[^.]+\\.", "")));
                settings.put(s.name(), keys);
                String lag = properties.getProperty(LAG_GROUPS, "").trim();
                lagGroups.put(s.name(), lag.isEmpty() ? List.of() : List.of(lag.split("\\s*,\\s*")));
            }
            return new Facts(user, javaOpts, settings, lagGroups, kafkaVersion,
                    text(repo.resolve("deploy/kubernetes/README.md")));
        }
    }

    /** Where an environment variable's value comes from; exactly one of the four is set. */
    record Env(String value, String secret, String secretKey, String fieldPath) {
    }

    private KubernetesChecks() {
    }

    // ---- kustomizations -------------------------------------------------------------------------------------------

    /**
     * Every file a kustomization names exists, and every YAML file is named by one; an overlay builds on the base;
     * each patch, image, replica count and merged generator of an overlay names something the base has.
     */
    static List<String> kustomizations(Manifests m) {
        List<String> problems = new ArrayList<>();
        Set<Path> named = new LinkedHashSet<>();
        List<Layer> layers = new ArrayList<>(List.of(m.base()));
        layers.addAll(m.overlays());
        for (Layer layer : layers) {
            Kustomization k = layer.kustomization();
            String where = m.root().relativize(layer.dir().resolve(KubernetesManifests.KUSTOMIZATION)) + ": ";
            named.add(layer.dir().resolve(KubernetesManifests.KUSTOMIZATION).normalize());
            for (String resource : k.resources()) {
                Path path = layer.dir().resolve(resource).normalize();
                if (Files.isRegularFile(path)) {
                    named.add(path);
                } else if (!Files.isRegularFile(path.resolve(KubernetesManifests.KUSTOMIZATION))) {
                    problems.add(where + "resource " + resource + " is neither a file nor a kustomization");
                }
            }
            for (Kustomization.Patch patch : k.patches()) {
                Path path = patch.path() == null ? null : layer.dir().resolve(patch.path()).normalize();
                if (path == null || !Files.isRegularFile(path)) {
                    problems.add(where + "patch " + patch.path() + " is not a file");
                } else {
                    named.add(path);
                }
            }
            if (layer != m.base()) {
                if (k.resources().stream().noneMatch(r -> layer.dir().resolve(r).normalize().equals(m.base().dir()))) {
                    problems.add(where + "does not build on the base (" + m.root().relativize(m.base().dir()) + ")");
                }
                if (k.namespace() == null || k.namespace().isBlank()) {
                    problems.add(where + "sets no namespace");
                }
                problems.addAll(overlayTargets(m, layer, where));
            } else if (!k.patches().isEmpty() || !k.images().isEmpty() || !k.replicas().isEmpty()) {
                problems.add(where + "the base has patches, images or replicas: those belong in the overlays");
            }
        }
        for (Path file : m.yamlFiles()) {
            if (!named.contains(file.normalize())) {
                problems.add(m.root().relativize(file) + " is named by no kustomization (resource or patch)");
            }
        }
        return problems;
    }

    private static List<String> overlayTargets(Manifests m, Layer overlay, String where) {
        List<String> problems = new ArrayList<>();
        List<Document> base = m.base().documents();
        for (PatchDocument patch : overlay.patches()) {
            Kustomization.Target target = patch.entry().target();
            HasMetadata p = patch.document().resource();
            boolean found = target == null
                    ? base.stream().anyMatch(r -> r.type().equals(patch.document().type())
                    && Objects.equals(name(r.resource()), name(p)))
                    : base.stream().anyMatch(r -> selects(target, r.resource()));
            if (!found) {
                problems.add(where + "patch " + patch.entry().path() + " targets "
                        + (target == null ? p.getKind() + " " + name(p) : "a selection")
                        + ", which the base does not have");
            } else if (target != null && !p.getKind().equals(target.kind())) {
                problems.add(where + "patch " + patch.entry().path() + " is a " + p.getKind() + " but targets "
                        + target.kind());
            }
        }
        Set<String> images = new TreeSet<>();
        for (Deployment d : m.base(Deployment.class)) {
            d.getSpec().getTemplate().getSpec().getContainers().forEach(c -> images.add(c.getImage()));
        }
        for (Kustomization.Image image : overlay.kustomization().images()) {
            if (!images.contains(image.name())) {
                problems.add(where + "image " + image.name() + " is used by no Deployment of the base");
            }
        }
        Set<String> deployments = new TreeSet<>();
        m.base(Deployment.class).forEach(d -> deployments.add(name(d)));
        for (Kustomization.Replica replica : overlay.kustomization().replicas()) {
            if (!deployments.contains(replica.name())) {
                problems.add(where + "replicas of " + replica.name() + ", which is no Deployment of the base");
            }
        }
        Set<String> baseGenerators = new TreeSet<>();
        m.base().kustomization().configMapGenerator().forEach(g -> baseGenerators.add(g.name()));
        for (Kustomization.Generator g : overlay.kustomization().configMapGenerator()) {
            boolean merges = "merge".equals(g.behavior()) || "replace".equals(g.behavior());
            if (merges != baseGenerators.contains(g.name())) {
                problems.add(where + "configMapGenerator " + g.name() + (merges
                        ? " merges into a generator the base does not have" : " must merge into the base's"));
            }
        }
        return problems;
    }

    /** Whether a kustomize patch target selects a resource (group, kind and name; name is a regular expression). */
    static boolean selects(Kustomization.Target target, HasMetadata r) {
        String apiVersion = r.getApiVersion();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return (target.kind() == null || target.kind().equals(r.getKind()))
                && (target.group() == null || target.group().equals(group))
                && (target.name() == null || name(r).matches(target.name()))
                && target.labelSelector() == null;
    }

    // ---- services -------------------------------------------------------------------------------------------------

    /**
     * Each topology service: a Deployment of at least two replicas on its port, with the health probes, resources,
     * an unprivileged user, its configuration; a Service, a PodDisruptionBudget and a HorizontalPodAutoscaler.
     */
    static List<String> services(Manifests m, Facts facts) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> configMaps = configMaps(m, null, problems);
        for (LiaisonTopology.Service s : LiaisonTopology.SERVICES) {
            List<Deployment> found = m.base(Deployment.class).stream().filter(d -> s.name().equals(name(d))).toList();
            if (found.size() != 1) {
                problems.add(s.name() + ": " + found.size() + " Deployments of that name in the base, not 1");
                continue;
            }
            Deployment d = found.get(0);
            String where = "Deployment " + s.name() + ": ";
            Integer replicas = d.getSpec().getReplicas();
            if (replicas == null || replicas < MIN_REPLICAS) {
                problems.add(where + "replicas " + replicas + ", at least " + MIN_REPLICAS);
            }
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            if (!matches(d.getSpec().getSelector(), podLabels)) {
                problems.add(where + "its selector does not select its own pods");
            }
            Optional<Container> container = pod.getContainers().stream()
                    .filter(c -> s.name().equals(c.getName())).findFirst();
            if (container.isEmpty()) {
                problems.add(where + "no container named " + s.name());
                continue;
            }
            Container c = container.get();
            problems.addAll(container(where, s, pod, c, facts));
            Map<String, Env> env = env(where, c, configMaps, problems);
            problems.addAll(environment(where, s, env, facts, bootstrap(m)));
            problems.addAll(heap(where, s, c, env));
            problems.addAll(service(m, s, podLabels, c));
            problems.addAll(disruptionBudget(m, s, podLabels));
            problems.addAll(autoscaler(m, s));
        }
        return problems;
    }

    /**
     * The heap the pod gets, MaxRAMPercentage of its memory limit, is the topology's heap for the service, sized from
     * measurement ({@link LiaisonTopology.Service#heapMiB()}): twice it as the limit, half of that as the heap.
     */
    private static List<String> heap(String where, LiaisonTopology.Service s, Container c, Map<String, Env> env) {
        List<String> problems = new ArrayList<>();
        Env javaOpts = env.get("JAVA_OPTS_APPEND");
        Matcher ram = MAX_RAM.matcher(javaOpts == null || javaOpts.value() == null ? "" : javaOpts.value());
        if (ram.find() && Double.parseDouble(ram.group(1)) != LiaisonTopology.CONTAINER_HEAP_PERCENT) {
            problems.add(where + "-XX:MaxRAMPercentage=" + ram.group(1) + ", not the images' "
                    + LiaisonTopology.CONTAINER_HEAP_PERCENT);
        }
        Quantity limit = c.getResources() == null || c.getResources().getLimits() == null ? null
                : c.getResources().getLimits().get("memory");
        Quantity expected = new Quantity(s.containerMemoryMiB() + "Mi");
        if (limit != null && limit.getNumericalAmount().compareTo(expected.getNumericalAmount()) != 0) {
            problems.add(where + "memory limit " + limit + ", not " + expected + ": twice its heap of " + s.heapMiB()
                    + " MiB (LiaisonTopology)");
        }
        return problems;
    }

    private static List<String> container(String where, LiaisonTopology.Service s, PodSpec pod, Container c,
                                          Facts facts) {
        List<String> problems = new ArrayList<>();
        boolean port = c.getPorts().stream().anyMatch(p -> p.getContainerPort() == s.port());
        if (!port) {
            problems.add(where + "declares no container port " + s.port());
        }
        problems.addAll(probe(where + "readinessProbe", c.getReadinessProbe(), READY, s, c));
        problems.addAll(probe(where + "livenessProbe", c.getLivenessProbe(), LIVE, s, c));
        if (c.getStartupProbe() != null) {
            problems.addAll(probe(where + "startupProbe", c.getStartupProbe(), STARTED, s, c));
        }
        ResourceRequirements resources = c.getResources();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources == null || resources.getRequests() == null ? null
                    : resources.getRequests().get(resource);
            Quantity limit = resources == null || resources.getLimits() == null ? null
                    : resources.getLimits().get(resource);
            if (request == null || limit == null) {
                problems.add(where + "needs both a request and a limit of " + resource);
            } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add(where + resource + " request " + request + " is above its limit " + limit);
            }
        }
        PodSecurityContext podSecurity = pod.getSecurityContext();
        SecurityContext security = c.getSecurityContext();
        Long user = security != null && security.getRunAsUser() != null ? security.getRunAsUser()
                : podSecurity == null ? null : podSecurity.getRunAsUser();
        Boolean nonRoot = security != null && security.getRunAsNonRoot() != null ? security.getRunAsNonRoot()
                : podSecurity == null ? null : podSecurity.getRunAsNonRoot();
        if (!Boolean.TRUE.equals(nonRoot)) {
            problems.add(where + "must set runAsNonRoot: true");
        }
        String imageUser = facts.imageUser().get(s.name());
        if (user == null || !String.valueOf(user).equals(imageUser)) {
            problems.add(where + "runs as user " + user + ", its image as " + imageUser);
        }
        if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            problems.add(where + "must set allowPrivilegeEscalation: false");
        }
        return problems;
    }

    /** An HTTP GET of {@code path} on the service's port (by number or by the name of that container port). */
    private static List<String> probe(String where, Probe probe, String path, LiaisonTopology.Service s, Container c) {
        if (probe == null || probe.getHttpGet() == null) {
            return List.of(where + ": needs an httpGet of " + path);
        }
        HTTPGetAction get = probe.getHttpGet();
        List<String> problems = new ArrayList<>();
        if (!path.equals(get.getPath())) {
            problems.add(where + ": path " + get.getPath() + ", not " + path);
        }
        Integer port = containerPort(get.getPort(), c);
        if (port == null || port != s.port()) {
            problems.add(where + ": port " + portText(get.getPort()) + " is not " + s.port());
        }
        return problems;
    }

    private static Integer containerPort(IntOrString port, Container c) {
        if (port == null) {
            return null;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(null);
    }

    private static String portText(IntOrString port) {
        return port == null ? "none" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    /**
     * The configuration each service reads: its port, Kafka, the JVM flags of its image, the settings only a
     * deployment can give (named in its application.properties). The datasource is {@link #databases}'s.
     */
    private static List<String> environment(String where, LiaisonTopology.Service s, Map<String, Env> env,
                                            Facts facts, String bootstrap) {
        List<String> problems = new ArrayList<>();
        expectValue(where, env, "QUARKUS_HTTP_PORT", Integer.toString(s.port()), problems);
        if (bootstrap != null) { // else kafka() names the missing listener
            expectValue(where, env, "KAFKA_BOOTSTRAP_SERVERS", bootstrap, problems);
        }
        Env javaOpts = env.get("JAVA_OPTS_APPEND");
        String opts = javaOpts == null || javaOpts.value() == null ? "" : javaOpts.value();
        Matcher ram = MAX_RAM.matcher(opts);
        if (!ram.find() || Double.parseDouble(ram.group(1)) > 80) {
            problems.add(where + "JAVA_OPTS_APPEND must size the heap with -XX:MaxRAMPercentage (at most 80)");
        }
        // Setting it replaces the image's own JAVA_OPTS_APPEND.
        for (String flag : facts.imageJavaOpts().getOrDefault(s.name(), List.of())) {
            if (!List.of(opts.split("\\s+")).contains(flag)) {
                problems.add(where + "JAVA_OPTS_APPEND drops the image's " + flag);
            }
        }
        Set<String> settings = facts.settings().getOrDefault(s.name(), Set.of());
        // Where each service it calls answers (meetings-service's look-ups, the dashboard's health panel): that
        // service's Kubernetes Service on its port.
        ServiceEnvironment.calls(s).forEach((variable, called) ->
                expectValue(where, env, variable, "http://" + called.name() + ":" + called.port(), problems));
        if (settings.contains("liaison.dashboard.instance-id")) {
            Env id = env.get("LIAISON_DASHBOARD_INSTANCE_ID");
            if (id == null || !"metadata.name".equals(id.fieldPath())) {
                problems.add(where
                        + "LIAISON_DASHBOARD_INSTANCE_ID must be each pod's own name (fieldRef metadata.name)");
            }
        }
        if (settings.contains("liaison.webhooks.secret-key")) {
            Env key = env.get("LIAISON_WEBHOOKS_SECRET_KEY");
            if (key == null || key.secret() == null) {
                problems.add(where + "LIAISON_WEBHOOKS_SECRET_KEY must come from a Secret");
            }
        }
        return problems;
    }

    private static void expectValue(String where, Map<String, Env> env, String name, String expected,
                                    List<String> problems) {
        Env e = env.get(name);
        String actual = e == null ? null : e.value();
        if (!expected.equals(actual)) {
            problems.add(where + name + " is " + actual + ", not " + expected);
        }
    }

    private static List<String> service(Manifests m, LiaisonTopology.Service s, Map<String, String> podLabels,
                                        Container c) {
        List<Service> found = m.base(Service.class).stream().filter(v -> s.name().equals(name(v))).toList();
        if (found.size() != 1) {
            return List.of(s.name() + ": " + found.size() + " Services of that name, not 1");
        }
        Service service = found.get(0);
        List<String> problems = new ArrayList<>();
        String where = "Service " + s.name() + ": ";
        Map<String, String> selector = service.getSpec().getSelector();
        if (selector == null || selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add(where + "does not select the pods of Deployment " + s.name());
        }
        if (!"ClusterIP".equals(Optional.ofNullable(service.getSpec().getType()).orElse("ClusterIP"))) {
            problems.add(where + "type " + service.getSpec().getType() + ", not ClusterIP");
        }
        Optional<ServicePort> port = service.getSpec().getPorts().stream()
                .filter(p -> p.getPort() != null && p.getPort() == s.port()).findFirst();
        if (port.isEmpty()) {
            problems.add(where + "no port " + s.port());
        } else {
            IntOrString target = port.get().getTargetPort() == null
                    ? new IntOrString(s.port()) : port.get().getTargetPort();
            Integer resolved = containerPort(target, c);
            if (resolved == null || resolved != s.port()) {
                problems.add(where + "targetPort " + portText(target) + " is not the container's port " + s.port());
            }
        }
        return problems;
    }

    private static List<String> disruptionBudget(Manifests m, LiaisonTopology.Service s,
                                                 Map<String, String> podLabels) {
        List<PodDisruptionBudget> found = m.base(PodDisruptionBudget.class).stream()
                .filter(p -> matches(p.getSpec().getSelector(), podLabels)).toList();
        if (found.size() != 1) {
            return List.of(s.name() + ": " + found.size() + " PodDisruptionBudgets select its pods, not 1");
        }
        var spec = found.get(0).getSpec();
        boolean minAvailable = spec.getMinAvailable() != null
                && Objects.equals(spec.getMinAvailable().getIntVal(), 1);
        boolean maxUnavailable = spec.getMaxUnavailable() != null
                && Objects.equals(spec.getMaxUnavailable().getIntVal(), 1);
        if (minAvailable == maxUnavailable) {
            return List.of("PodDisruptionBudget " + name(found.get(0)) + ": set minAvailable: 1 or maxUnavailable: 1");
        }
        return List.of();
    }

    private static List<String> autoscaler(Manifests m, LiaisonTopology.Service s) {
        List<HorizontalPodAutoscaler> found = m.base(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef() != null
                        && s.name().equals(h.getSpec().getScaleTargetRef().getName())).toList();
        if (found.size() != 1) {
            return List.of(s.name() + ": " + found.size() + " HorizontalPodAutoscalers scale it, not 1");
        }
        HorizontalPodAutoscaler h = found.get(0);
        String where = "HorizontalPodAutoscaler " + name(h) + ": ";
        List<String> problems = new ArrayList<>();
        var ref = h.getSpec().getScaleTargetRef();
        if (!"Deployment".equals(ref.getKind()) || !"apps/v1".equals(ref.getApiVersion())) {
            problems.add(where + "scales a " + ref.getApiVersion() + " " + ref.getKind()
                    + ", not an apps/v1 Deployment");
        }
        Integer min = h.getSpec().getMinReplicas();
        int max = h.getSpec().getMaxReplicas() == null ? 0 : h.getSpec().getMaxReplicas();
        if (min == null || min < MIN_REPLICAS) {
            problems.add(where + "minReplicas " + min + ", at least " + MIN_REPLICAS);
        }
        if (min != null && max < min) {
            problems.add(where + "maxReplicas " + max + " is below minReplicas " + min);
        }
        // A consumer group has at most one member per partition: more pods than partitions would idle.
        int partitions = s.consumedTopics().stream().mapToInt(t -> LiaisonTopology.topics().getOrDefault(t, 0))
                .min().orElse(Integer.MAX_VALUE);
        if (max > partitions) {
            problems.add(where + "maxReplicas " + max + " is above the " + partitions + " partitions its groups read");
        }
        boolean cpu = false;
        for (MetricSpec metric : h.getSpec().getMetrics()) {
            cpu |= "Resource".equals(metric.getType()) && metric.getResource() != null
                    && "cpu".equals(metric.getResource().getName()) && metric.getResource().getTarget() != null
                    && "Utilization".equals(metric.getResource().getTarget().getType());
        }
        if (!cpu) {
            problems.add(where + "no CPU utilization metric");
        }
        return problems;
    }

    // ---- Kafka ----------------------------------------------------------------------------------------------------

    /**
     * One Strimzi Kafka of at least three brokers that replicates every record three times and acknowledges it on
     * two; every topology topic as a KafkaTopic of that cluster with the topology's partitions, and no other.
     */
    static List<String> kafka(Manifests m, Facts facts) {
        List<String> problems = new ArrayList<>();
        List<Kafka> clusters = m.base(Kafka.class);
        if (clusters.size() != 1) {
            return List.of(clusters.size() + " Kafka resources in the base, not 1");
        }
        Kafka kafka = clusters.get(0);
        String cluster = name(kafka);
        String where = "Kafka " + cluster + ": ";
        var spec = kafka.getSpec().getKafka();
        if (!Objects.equals(facts.kafkaVersion(), spec.getVersion())) {
            problems.add(where + "version " + spec.getVersion() + ", but the services are built and tested against "
                    + facts.kafkaVersion());
        }
        Map<String, Object> config = spec.getConfig() == null ? Map.of() : spec.getConfig();
        expectConfig(where, config, "default.replication.factor", TOPIC_REPLICAS, problems);
        expectConfig(where, config, "min.insync.replicas", MIN_INSYNC_REPLICAS, problems);
        expectConfig(where, config, "offsets.topic.replication.factor", TOPIC_REPLICAS, problems);
        if (kafka.getSpec().getEntityOperator() == null
                || kafka.getSpec().getEntityOperator().getTopicOperator() == null) {
            problems.add(where + "no topic operator: its KafkaTopic resources would never become topics");
        }
        int brokers = 0;
        for (KafkaNodePool pool : m.base(KafkaNodePool.class)) {
            if (!cluster.equals(label(pool, "strimzi.io/cluster"))) {
                problems.add("KafkaNodePool " + name(pool) + ": not labelled strimzi.io/cluster: " + cluster);
            } else if (pool.getSpec().getRoles().contains(ProcessRoles.BROKER)) {
                brokers += pool.getSpec().getReplicas();
            }
        }
        if (brokers < TOPIC_REPLICAS) {
            problems.add(where + brokers + " brokers in its node pools, at least " + TOPIC_REPLICAS);
        }
        if (bootstrap(m) == null) {
            problems.add(where + "no internal TLS listener with SCRAM-SHA-512 authentication for the services");
        }
        Map<String, Integer> topology = LiaisonTopology.topics();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (KafkaTopic topic : m.base(KafkaTopic.class)) {
            String topicName = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : name(topic);
            String at = "KafkaTopic " + topicName + ": ";
            seen.merge(topicName, 1, Integer::sum);
            if (!topology.containsKey(topicName)) {
                problems.add(at + "not a topic of LiaisonTopology");
                continue;
            }
            if (!cluster.equals(label(topic, "strimzi.io/cluster"))) {
                problems.add(at + "not labelled strimzi.io/cluster: " + cluster);
            }
            if (!Objects.equals(topic.getSpec().getPartitions(), topology.get(topicName))) {
                problems.add(at + "partitions " + topic.getSpec().getPartitions() + ", the topology has "
                        + topology.get(topicName));
            }
            if (!Objects.equals(topic.getSpec().getReplicas(), TOPIC_REPLICAS)) {
                problems.add(at + "replicas " + topic.getSpec().getReplicas() + ", not " + TOPIC_REPLICAS);
            }
            Map<String, Object> topicConfig = topic.getSpec().getConfig() == null ? Map.of()
                    : topic.getSpec().getConfig();
            expectConfig(at, topicConfig, "min.insync.replicas", MIN_INSYNC_REPLICAS, problems);
        }
        topology.keySet().forEach(t -> {
            int count = seen.getOrDefault(t, 0);
            if (count != 1) {
                problems.add("topic " + t + " has " + count + " KafkaTopic resources, not 1");
            }
        });
        return problems;
    }

    private static void expectConfig(String where, Map<String, Object> config, String key, int expected,
                                     List<String> problems) {
        Object value = config.get(key);
        if (value == null || !String.valueOf(expected).equals(String.valueOf(value))) {
            problems.add(where + key + " is " + value + ", not " + expected);
        }
    }

    /**
     * {@code <cluster>-kafka-bootstrap:<port>} of the Kafka's internal listener the services use, TLS with
     * SCRAM-SHA-512 authentication; null if there is none.
     */
    static String bootstrap(Manifests m) {
        for (Kafka kafka : m.base(Kafka.class)) {
            for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
                if (listener.getType() != null && "internal".equals(listener.getType().toValue())
                        && listener.isTls() && listener.getAuth() instanceof KafkaListenerAuthenticationScramSha512) {
                    return name(kafka) + "-kafka-bootstrap:" + listener.getPort();
                }
            }
        }
        return null;
    }

    // ---- Kafka principals and ACLs --------------------------------------------------------------------------------

    /** The Secret in which Strimzi keeps a cluster's CA certificate: {@code <cluster>-cluster-ca-cert}. */
    static final String CLUSTER_CA_CERT = "-cluster-ca-cert";
    static final String SECURITY_PROTOCOL = "SASL_SSL";
    static final String SASL_MECHANISM = "SCRAM-SHA-512";
    /** The key of a SCRAM-SHA-512 KafkaUser's Secret that holds the whole JAAS line, password included. */
    static final String JAAS_KEY = "sasl.jaas.config";

    /**
     * One permission of a principal: an operation on a topic or a consumer group (by name, or every name with a
     * prefix) or on the cluster. Written the way the README's table and the problems read, e.g.
     * {@code Read on group prefix dashboard-}.
     */
    record Acl(String operation, String resourceType, String name, String patternType) {
        static Acl topic(String operation, String topic) {
            return new Acl(operation, AclRuleTopicResource.TYPE_TOPIC, topic, LITERAL);
        }

        static Acl group(String operation, String group) {
            return new Acl(operation, AclRuleGroupResource.TYPE_GROUP, group, LITERAL);
        }

        static Acl groupPrefix(String operation, String prefix) {
            return new Acl(operation, AclRuleGroupResource.TYPE_GROUP, prefix, PREFIX);
        }

        static Acl cluster(String operation) {
            return new Acl(operation, AclRuleClusterResource.TYPE_CLUSTER, null, LITERAL);
        }

        @Override
        public String toString() {
            String on = name == null ? "" : (PREFIX.equals(patternType) ? " prefix " : " ") + name;
            return operation + " on " + resourceType + on;
        }
    }

    private static final String LITERAL = AclResourcePatternType.LITERAL.toValue();
    private static final String PREFIX = AclResourcePatternType.PREFIX.toValue();

    /**
     * What LiaisonTopology lets a service do on Kafka, each permission with the reason for it: Write and Describe on
     * the topic it publishes, with IdempotentWrite on the cluster for its idempotent producer; Read and Describe on
     * each topic it consumes and Read on each of its consumer groups (the dashboard also on every group of its live
     * view's prefix); Describe on the groups whose lag it reports and on their topics; Write and Describe on its own
     * dead-letter topic. Nothing else.
     */
    static Map<Acl, String> expectedAcls(LiaisonTopology.Service s, Facts facts) {
        Map<Acl, String> acls = new LinkedHashMap<>();
        s.publishes().ifPresent(t -> {
            acls.put(Acl.topic("Write", t), "it publishes " + t);
            acls.put(Acl.topic("Describe", t), "it publishes " + t);
            acls.put(Acl.cluster("IdempotentWrite"), "its outbox relay's producer is idempotent");
        });
        for (LiaisonTopology.ConsumerGroup g : s.consumerGroups()) {
            for (String t : g.topics()) {
                acls.putIfAbsent(Acl.topic("Read", t), "channel " + g.channel() + " reads " + t);
                acls.putIfAbsent(Acl.topic("Describe", t), "channel " + g.channel() + " reads " + t);
            }
            acls.putIfAbsent(Acl.group("Read", g.groupId()),
                    "channel " + g.channel() + " reads in group " + g.groupId());
        }
        if (s.equals(LiaisonTopology.DASHBOARD)) {
            String prefix = LiaisonTopology.DASHBOARD_LIVE_VIEW_GROUP_PREFIX;
            acls.put(Acl.groupPrefix("Read", prefix), "its live view reads in a group of each instance's own, "
                    + prefix + "<instance-id>");
        }
        for (String group : facts.lagGroups().getOrDefault(s.name(), List.of())) {
            acls.putIfAbsent(Acl.group("Describe", group),
                    "it reports the lag of group " + group + " (" + LAG_GROUPS + ")");
            for (String t : topicsOfGroup(group)) {
                acls.putIfAbsent(Acl.topic("Describe", t), "it reports the lag of group " + group + " on " + t);
            }
        }
        s.deadLetterTopic().ifPresent(t -> {
            acls.put(Acl.topic("Write", t), "its consumers put what they cannot apply on " + t);
            acls.put(Acl.topic("Describe", t), "its consumers put what they cannot apply on " + t);
        });
        return acls;
    }

    /**
     * Kafka admits only the services, each as its own principal, to do only what the topology implies: every
     * listener authenticates (SCRAM-SHA-512 over TLS) and the cluster enforces ACLs (simple authorization, no super
     * users, a user operator); one KafkaUser per service whose ACLs are exactly {@link #expectedAcls}; every
     * Deployment, in the base and with each overlay's settings, connects to an authenticating listener over SASL_SSL
     * with its own user's Secret and trusts the cluster CA. An overlay may not patch the principals or listeners.
     */
    static List<String> kafkaAccess(Manifests m, Facts facts) {
        List<Kafka> clusters = m.base(Kafka.class);
        if (clusters.size() != 1) {
            return List.of(); // kafka() names it
        }
        List<String> problems = new ArrayList<>();
        Kafka kafka = clusters.get(0);
        String cluster = name(kafka);
        String where = "Kafka " + cluster + ": ";
        var spec = kafka.getSpec().getKafka();
        for (GenericKafkaListener l : spec.getListeners()) {
            String listener = where + "listener " + l.getName() + " (port " + l.getPort() + ")";
            if (l.getAuth() == null) {
                problems.add(listener + " requires no authentication: any pod could connect to it");
            }
            if (!l.isTls()) {
                problems.add(listener + " is not TLS: credentials and restricted meetings would cross the network "
                        + "in clear");
            }
        }
        if (!(spec.getAuthorization() instanceof KafkaAuthorizationSimple simple)) {
            problems.add(where + "authorization " + (spec.getAuthorization() == null ? "none"
                    : spec.getAuthorization().getType()) + ", not simple: the KafkaUsers' ACLs would not be enforced");
        } else if (simple.getSuperUsers() != null && !simple.getSuperUsers().isEmpty()) {
            problems.add(where + "superUsers " + simple.getSuperUsers() + ": a super user passes every ACL, and "
                    + "Strimzi's own components need none");
        }
        var entityOperator = kafka.getSpec().getEntityOperator();
        if (entityOperator == null || entityOperator.getUserOperator() == null) {
            problems.add(where + "no user operator: its KafkaUser resources would never become principals");
        }
        for (KafkaUser user : m.base(KafkaUser.class)) {
            if (!cluster.equals(label(user, "strimzi.io/cluster"))) {
                problems.add("KafkaUser " + name(user) + ": not labelled strimzi.io/cluster: " + cluster);
            }
            if (LiaisonTopology.SERVICES.stream().noneMatch(s -> s.name().equals(name(user)))) {
                problems.add("KafkaUser " + name(user) + ": no service of LiaisonTopology is called so");
            }
        }
        for (LiaisonTopology.Service s : LiaisonTopology.SERVICES) {
            List<KafkaUser> found = m.base(KafkaUser.class).stream().filter(u -> s.name().equals(name(u))).toList();
            if (found.size() != 1) {
                problems.add(s.name() + ": " + found.size() + " KafkaUsers of that name, not 1");
            } else {
                problems.addAll(kafkaUser(found.get(0), s, facts));
            }
            for (String group : facts.lagGroups().getOrDefault(s.name(), List.of())) {
                if (topicsOfGroup(group).isEmpty()) {
                    problems.add(s.name() + ": " + LAG_GROUPS + " names " + group
                            + ", which is no consumer group of LiaisonTopology");
                }
            }
            if (!s.equals(LiaisonTopology.DASHBOARD)) {
                for (LiaisonTopology.ConsumerGroup g : s.consumerGroups()) {
                    if (g.groupId().startsWith(LiaisonTopology.DASHBOARD_LIVE_VIEW_GROUP_PREFIX)) {
                        problems.add(s.name() + ": its group " + g.groupId() + " starts with "
                                + LiaisonTopology.DASHBOARD_LIVE_VIEW_GROUP_PREFIX
                                + ", the prefix of the groups dashboard-service may read");
                    }
                }
            }
        }
        problems.addAll(kafkaClients(m, null, kafka));
        for (Layer overlay : m.overlays()) {
            String at = "overlays/" + overlay.name() + ": ";
            problems.addAll(kafkaClients(m, overlay, kafka));
            for (PatchDocument patch : overlay.patches()) {
                HasMetadata r = patch.document().resource();
                if (r instanceof KafkaUser) {
                    problems.add(at + "patches KafkaUser " + name(r) + ": the principals and their ACLs are the "
                            + "base's, held to the topology");
                } else if (r instanceof Kafka k && k.getSpec() != null && k.getSpec().getKafka() != null
                        && (!Optional.ofNullable(k.getSpec().getKafka().getListeners()).orElse(List.of()).isEmpty()
                        || k.getSpec().getKafka().getAuthorization() != null)) {
                    problems.add(at + "patches the listeners or authorization of Kafka " + name(r)
                            + ": they are the base's");
                }
            }
        }
        return problems;
    }

    /** One service's KafkaUser: SCRAM-SHA-512, simple authorization, allow rules for any host, exactly its ACLs. */
    private static List<String> kafkaUser(KafkaUser user, LiaisonTopology.Service s, Facts facts) {
        List<String> problems = new ArrayList<>();
        String where = "KafkaUser " + name(user) + ": ";
        var spec = user.getSpec();
        if (spec == null || !(spec.getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication)) {
            problems.add(where + "authentication " + (spec == null || spec.getAuthentication() == null ? "none"
                    : spec.getAuthentication().getType()) + ", not scram-sha-512 (what the services' listener takes)");
        }
        if (spec == null || !(spec.getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
            problems.add(where + "authorization " + (spec == null || spec.getAuthorization() == null ? "none"
                    : spec.getAuthorization().getType()) + ", not simple: it would have no ACLs");
            return problems;
        }
        Set<Acl> actual = new LinkedHashSet<>();
        for (AclRule rule : Optional.ofNullable(simple.getAcls()).orElse(List.of())) {
            if (rule.getType() != null && rule.getType() != AclRuleType.ALLOW) {
                problems.add(where + "a " + rule.getType().toValue() + " rule: its ACLs are the allow rules the "
                        + "topology implies, nothing else");
            }
            if (rule.getHost() != null && !"*".equals(rule.getHost())) {
                problems.add(where + "a rule for host " + rule.getHost() + ": pods have no fixed address");
            }
            if (rule.getResource() == null || rule.getOperations() == null || rule.getOperations().isEmpty()) {
                problems.add(where + "a rule without a resource or operations");
                continue;
            }
            String type = rule.getResource().getType();
            String resource = null;
            AclResourcePatternType pattern = null;
            if (rule.getResource() instanceof AclRuleTopicResource t) {
                resource = t.getName();
                pattern = t.getPatternType();
            } else if (rule.getResource() instanceof AclRuleGroupResource g) {
                resource = g.getName();
                pattern = g.getPatternType();
            } else if (!(rule.getResource() instanceof AclRuleClusterResource)) {
                resource = "(any)"; // a transactional id: none of the services is transactional
            }
            for (AclOperation operation : rule.getOperations()) {
                actual.add(new Acl(operation.toValue(), type, resource, pattern == null ? LITERAL : pattern.toValue()));
            }
        }
        Map<Acl, String> expected = expectedAcls(s, facts);
        expected.forEach((acl, reason) -> {
            if (!actual.contains(acl)) {
                problems.add(where + "lacks " + acl + ", which the topology implies: " + reason);
            }
        });
        for (Acl acl : actual) {
            if (!expected.containsKey(acl)) {
                Optional<LiaisonTopology.Service> owner = AclRuleTopicResource.TYPE_TOPIC.equals(acl.resourceType())
                        ? topicOwner(acl.name()) : Optional.empty();
                problems.add(where + "allows " + acl + ", which the topology does not imply"
                        + (owner.isPresent() && !owner.get().equals(s) ? " (" + acl.name() + " is "
                        + owner.get().name() + "'s)" : ""));
            }
        }
        return problems;
    }

    /**
     * Each service's Kafka client settings, with the base's ConfigMaps or an overlay's (and its patches' env): the
     * address of a listener that requires SCRAM-SHA-512 over TLS, SASL_SSL, the JAAS line of its own KafkaUser's
     * Secret, and the cluster CA as its truststore, mounted from Strimzi's Secret.
     */
    private static List<String> kafkaClients(Manifests m, Layer overlay, Kafka kafka) {
        List<String> problems = new ArrayList<>();
        String at = overlay == null ? "" : "overlays/" + overlay.name() + ": ";
        String cluster = name(kafka);
        Map<String, Map<String, String>> configMaps = configMaps(m, overlay, problems);
        for (LiaisonTopology.Service s : LiaisonTopology.SERVICES) {
            Optional<Deployment> deployment = m.base(Deployment.class).stream().filter(d -> s.name().equals(name(d)))
                    .findFirst();
            Optional<Container> container = deployment.stream()
                    .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                    .filter(c -> s.name().equals(c.getName())).findFirst();
            if (container.isEmpty()) {
                continue; // services() names it
            }
            Deployment d = deployment.get();
            Container c = container.get();
            String where = at + "Deployment " + s.name() + ": ";
            Map<String, Env> env = env(where, c, configMaps, problems);
            if (overlay != null) {
                for (PatchDocument patch : overlay.patches()) {
                    if (appliesTo(patch, d) && patch.document().resource() instanceof Deployment p
                            && p.getSpec() != null && p.getSpec().getTemplate() != null) {
                        p.getSpec().getTemplate().getSpec().getContainers().stream()
                                .filter(pc -> c.getName().equals(pc.getName()))
                                .forEach(pc -> putEnv(where, pc.getEnv(), env, configMaps, problems));
                    }
                }
            }
            Env bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS");
            String address = bootstrap == null ? null : bootstrap.value();
            Optional<GenericKafkaListener> listener = listenerAt(kafka, address);
            if (listener.isEmpty()) {
                problems.add(where + "KAFKA_BOOTSTRAP_SERVERS " + address + " is no listener of Kafka " + cluster
                        + " (" + cluster + "-kafka-bootstrap:<port>)");
            } else if (!listener.get().isTls()
                    || !(listener.get().getAuth() instanceof KafkaListenerAuthenticationScramSha512)) {
                problems.add(where + "KAFKA_BOOTSTRAP_SERVERS " + address + " is listener " + listener.get().getName()
                        + ", which does not require SCRAM-SHA-512 authentication over TLS");
            }
            expectValue(where, env, "KAFKA_SECURITY_PROTOCOL", SECURITY_PROTOCOL, problems);
            expectValue(where, env, "KAFKA_SASL_MECHANISM", SASL_MECHANISM, problems);
            Env jaas = env.get("KAFKA_SASL_JAAS_CONFIG");
            String own = "Secret " + s.name() + " key " + JAAS_KEY + " (its own KafkaUser's)";
            if (jaas == null || jaas.secret() == null) {
                problems.add(where + "KAFKA_SASL_JAAS_CONFIG must come from " + own);
            } else if (!s.name().equals(jaas.secret()) || !JAAS_KEY.equals(jaas.secretKey())) {
                boolean other = LiaisonTopology.SERVICES.stream().anyMatch(o -> o.name().equals(jaas.secret()));
                problems.add(where + "KAFKA_SASL_JAAS_CONFIG comes from Secret " + jaas.secret() + " key "
                        + jaas.secretKey() + (other ? ", the credentials of KafkaUser " + jaas.secret() : "")
                        + "; it must come from " + own);
            }
            problems.addAll(truststore(where, env, d, c, cluster + CLUSTER_CA_CERT));
        }
        return problems;
    }

    /**
     * The cluster CA as the truststore: a PEM file (key ca.crt of Strimzi's Secret, no password) or a PKCS12 one
     * (key ca.p12, with the password of key ca.password: the services would then also need
     * kafka.ssl.truststore.password declared in service-support's microprofile-config.properties).
     */
    private static List<String> truststore(String where, Map<String, Env> env, Deployment d, Container c,
                                           String caSecret) {
        Env type = env.get("KAFKA_SSL_TRUSTSTORE_TYPE");
        String t = type == null ? null : type.value();
        String key = "PEM".equals(t) ? "ca.crt" : "PKCS12".equals(t) ? "ca.p12" : null;
        if (key == null) {
            return List.of(where + "KAFKA_SSL_TRUSTSTORE_TYPE is " + t + ", not PEM (the cluster CA's ca.crt) or "
                    + "PKCS12 (its ca.p12)");
        }
        List<String> problems = new ArrayList<>();
        Env location = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
        String file = location == null ? null : location.value();
        Optional<String[]> mounted = file == null ? Optional.empty() : mountedSecretKey(d, c, file);
        if (mounted.isEmpty() || !caSecret.equals(mounted.get()[0]) || !key.equals(mounted.get()[1])) {
            problems.add(where + "KAFKA_SSL_TRUSTSTORE_LOCATION " + file + " must be key " + key + " of Secret "
                    + caSecret + ", mounted; " + mounted.map(s -> "it is key " + s[1] + " of Secret " + s[0])
                    .orElse("no Secret volume of the Deployment puts a file there"));
        }
        Env password = env.get("KAFKA_SSL_TRUSTSTORE_PASSWORD");
        if ("ca.p12".equals(key) && (password == null || !caSecret.equals(password.secret())
                || !"ca.password".equals(password.secretKey()))) {
            problems.add(where + "KAFKA_SSL_TRUSTSTORE_PASSWORD must come from Secret " + caSecret
                    + " key ca.password");
        } else if ("ca.crt".equals(key) && password != null) {
            problems.add(where + "KAFKA_SSL_TRUSTSTORE_PASSWORD is set, which Kafka refuses for a PEM truststore");
        }
        return problems;
    }

    /** {secret, key} of the file a container sees at {@code file}, if a Secret volume of its pod puts it there. */
    private static Optional<String[]> mountedSecretKey(Deployment d, Container c, String file) {
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        for (VolumeMount mount : c.getVolumeMounts()) {
            Optional<Volume> volume = pod.getVolumes().stream()
                    .filter(v -> v.getName().equals(mount.getName()) && v.getSecret() != null).findFirst();
            if (volume.isEmpty()) {
                continue;
            }
            String dir = mount.getMountPath().endsWith("/") ? mount.getMountPath() : mount.getMountPath() + "/";
            String path;
            if (mount.getSubPath() != null && !mount.getSubPath().isEmpty()) {
                if (!file.equals(mount.getMountPath())) {
                    continue;
                }
                path = mount.getSubPath();
            } else if (file.startsWith(dir)) {
                path = file.substring(dir.length());
            } else {
                continue;
            }
            var secret = volume.get().getSecret();
            List<KeyToPath> items = secret.getItems() == null ? List.of() : secret.getItems();
            String key = items.isEmpty() ? path : items.stream().filter(i -> path.equals(i.getPath()))
                    .map(KeyToPath::getKey).findFirst().orElse(null);
            if (key != null) {
                return Optional.of(new String[]{secret.getSecretName(), key});
            }
        }
        return Optional.empty();
    }

    /** The listener of {@code <cluster>-kafka-bootstrap:<port>}, if the address is that and the Kafka has it. */
    private static Optional<GenericKafkaListener> listenerAt(Kafka kafka, String address) {
        String host = name(kafka) + "-kafka-bootstrap:";
        if (address == null || !address.startsWith(host) || !address.substring(host.length()).matches("\\d+")) {
            return Optional.empty();
        }
        int port = Integer.parseInt(address.substring(host.length()));
        return kafka.getSpec().getKafka().getListeners().stream().filter(l -> l.getPort() == port).findFirst();
    }

    /** Every topic read in a consumer group of the topology (empty if no service has that group). */
    private static Set<String> topicsOfGroup(String group) {
        Set<String> topics = new TreeSet<>();
        LiaisonTopology.SERVICES.forEach(s -> s.consumerGroups().stream().filter(g -> g.groupId().equals(group))
                .forEach(g -> topics.addAll(g.topics())));
        return topics;
    }

    /** The service that writes a topic: it publishes it, or it is its dead-letter topic. */
    private static Optional<LiaisonTopology.Service> topicOwner(String topic) {
        return LiaisonTopology.SERVICES.stream().filter(s -> s.publishes().filter(topic::equals).isPresent()
                || s.deadLetterTopic().filter(topic::equals).isPresent()).findFirst();
    }

    // ---- PostgreSQL -----------------------------------------------------------------------------------------------

    /**
     * Each service's database and role as the initdb database and owner of a CloudNativePG Cluster of its own, and
     * its Deployment connected to that cluster's primary, to that database, with the credentials the operator made.
     * The production overlay runs three instances of each.
     */
    static List<String> databases(Manifests m) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> configMaps = configMaps(m, null, problems);
        Map<String, GenericKubernetesResource> byDatabase = new LinkedHashMap<>();
        for (GenericKubernetesResource cluster : cnpgClusters(m.base().documents())) {
            CnpgClusterSpec spec = KubernetesManifests.cnpgSpec(cluster);
            var initdb = spec.bootstrap() == null ? null : spec.bootstrap().initdb();
            String where = "Cluster " + name(cluster) + ": ";
            if (initdb == null || initdb.database() == null) {
                problems.add(where + "no bootstrap.initdb.database");
                continue;
            }
            Optional<LiaisonTopology.Service> owner = LiaisonTopology.SERVICES.stream()
                    .filter(s -> s.database().equals(initdb.database())).findFirst();
            if (owner.isEmpty()) {
                problems.add(where + "database " + initdb.database() + " is no service's database");
                continue;
            }
            if (!owner.get().databaseRole().equals(initdb.owner())) {
                problems.add(where + "owner " + initdb.owner() + ", the topology's role is "
                        + owner.get().databaseRole());
            }
            if (byDatabase.put(initdb.database(), cluster) != null) {
                problems.add(where + "a second Cluster for database " + initdb.database());
            }
            if (spec.instances() == null || spec.instances() < 1) {
                problems.add(where + "instances " + spec.instances());
            }
        }
        for (LiaisonTopology.Service s : LiaisonTopology.SERVICES) {
            GenericKubernetesResource cluster = byDatabase.get(s.database());
            if (cluster == null) {
                problems.add(s.name() + ": no CNPG Cluster makes its database " + s.database());
                continue;
            }
            Optional<Container> container = m.base(Deployment.class).stream().filter(d -> s.name().equals(name(d)))
                    .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                    .filter(c -> s.name().equals(c.getName())).findFirst();
            if (container.isEmpty()) {
                continue; // services() names it
            }
            String where = "Deployment " + s.name() + ": ";
            Map<String, Env> env = env(where, container.get(), configMaps, problems);
            String url = "jdbc:postgresql://" + name(cluster) + "-rw:" + LiaisonTopology.POSTGRES_PORT + "/"
                    + s.database();
            Env jdbc = env.get("QUARKUS_DATASOURCE_JDBC_URL");
            String actual = jdbc == null ? null : jdbc.value();
            if (actual == null || !(actual.equals(url) || actual.startsWith(url + "?"))) {
                problems.add(where + "QUARKUS_DATASOURCE_JDBC_URL is " + actual + ", not its own database " + url);
            }
            String secret = name(cluster) + "-app";
            for (String[] credential : List.of(new String[]{"QUARKUS_DATASOURCE_USERNAME", "username"},
                    new String[]{"QUARKUS_DATASOURCE_PASSWORD", "password"})) {
                Env e = env.get(credential[0]);
                if (e == null || !secret.equals(e.secret()) || !credential[1].equals(e.secretKey())) {
                    problems.add(where + credential[0] + " must come from Secret " + secret + " key " + credential[1]);
                }
            }
        }
        for (Layer overlay : m.overlays()) {
            if (!PRODUCTION.equals(overlay.name())) {
                continue;
            }
            for (GenericKubernetesResource cluster : cnpgClusters(m.base().documents())) {
                Integer instances = KubernetesManifests.cnpgSpec(cluster).instances();
                for (PatchDocument patch : overlay.patches()) {
                    if (appliesTo(patch, cluster)
                            && patch.document().resource() instanceof GenericKubernetesResource p) {
                        Integer patched = KubernetesManifests.cnpgSpec(p).instances();
                        instances = patched != null ? patched : instances;
                    }
                }
                if (instances == null || instances < PRODUCTION_DATABASE_INSTANCES) {
                    problems.add("overlays/production: Cluster " + name(cluster) + " has " + instances
                            + " instances, at least " + PRODUCTION_DATABASE_INSTANCES);
                }
            }
        }
        return problems;
    }

    private static List<GenericKubernetesResource> cnpgClusters(List<Document> documents) {
        return documents.stream().map(Document::resource).filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast).toList();
    }

    // ---- dashboard Ingress ----------------------------------------------------------------------------------------

    /**
     * The dashboard behind an ingress-nginx Ingress fit for Server-Sent Events (no buffering, an hour before an idle
     * stream is cut) with sticky sessions for its stream tickets; every Ingress, in the base or an overlay's patch,
     * routes to a Service and port the base has.
     */
    static List<String> dashboardIngress(Manifests m) {
        List<String> problems = new ArrayList<>();
        LiaisonTopology.Service dashboard = LiaisonTopology.DASHBOARD;
        List<Ingress> ingresses = new ArrayList<>(m.base(Ingress.class));
        boolean routed = false;
        for (Ingress ingress : ingresses) {
            if (backends(ingress).stream().noneMatch(b -> dashboard.name().equals(b.getService().getName()))) {
                continue;
            }
            routed = true;
            String where = "Ingress " + name(ingress) + ": ";
            Map<String, String> a = Optional.ofNullable(ingress.getMetadata().getAnnotations()).orElse(Map.of());
            for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
                String value = a.get("nginx.ingress.kubernetes.io/" + timeout);
                if (value == null || !value.matches("\\d+") || Integer.parseInt(value) < 3600) {
                    problems.add(where + timeout + " " + value + ": an SSE stream needs at least 3600 s");
                }
            }
            if (!"off".equals(a.get("nginx.ingress.kubernetes.io/proxy-buffering"))) {
                problems.add(where + "proxy-buffering must be \"off\" for SSE");
            }
            if (!"cookie".equals(a.get("nginx.ingress.kubernetes.io/affinity"))) {
                problems.add(where + "affinity must be cookie: stream tickets live in one instance's memory");
            }
            if (!"nginx".equals(ingress.getSpec().getIngressClassName())) {
                problems.add(where + "ingressClassName " + ingress.getSpec().getIngressClassName()
                        + ": the annotations are ingress-nginx's");
            }
        }
        if (!routed) {
            problems.add(dashboard.name() + ": no Ingress routes to it");
        }
        List<Ingress> all = new ArrayList<>(ingresses);
        m.overlays().forEach(o -> o.patches().stream().map(p -> p.document().resource())
                .filter(Ingress.class::isInstance).map(Ingress.class::cast).forEach(all::add));
        for (Ingress ingress : all) {
            for (IngressBackend backend : backends(ingress)) {
                String target = backend.getService().getName();
                Optional<Service> service = m.base(Service.class).stream().filter(s -> target.equals(name(s)))
                        .findFirst();
                var port = backend.getService().getPort();
                boolean portFound = service.isPresent() && port != null && service.get().getSpec().getPorts().stream()
                        .anyMatch(p -> (port.getName() != null && port.getName().equals(p.getName()))
                                || (port.getNumber() != null && port.getNumber().equals(p.getPort())));
                if (!portFound) {
                    problems.add("Ingress " + name(ingress) + ": routes to " + target + " port "
                            + (port == null ? null : port.getName() != null ? port.getName() : port.getNumber())
                            + ", which the base's Services do not have");
                }
            }
        }
        return problems;
    }

    private static List<IngressBackend> backends(Ingress ingress) {
        List<IngressBackend> backends = new ArrayList<>();
        if (ingress.getSpec().getDefaultBackend() != null) {
            backends.add(ingress.getSpec().getDefaultBackend());
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            if (rule.getHttp() != null) {
                rule.getHttp().getPaths().stream().map(HTTPIngressPath::getBackend).forEach(backends::add);
            }
        }
        backends.removeIf(b -> b.getService() == null);
        return backends;
    }

    // ---- overlays -------------------------------------------------------------------------------------------------

    /**
     * What each overlay makes of the base: every service still at least two replicas (patches, then replicas:), its
     * autoscaler's minimum too; every image set to ghcr.io/OWNER/liaison-SERVICE with a tag; tokens verified either
     * with a JWKS URL (production) or with a key file that every Deployment mounts from a Secret.
     */
    static List<String> overlays(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (Layer overlay : m.overlays()) {
            String where = "overlays/" + overlay.name() + ": ";
            Kustomization k = overlay.kustomization();
            for (Deployment d : m.base(Deployment.class)) {
                Integer replicas = d.getSpec().getReplicas();
                for (PatchDocument patch : overlay.patches()) {
                    if (appliesTo(patch, d) && patch.document().resource() instanceof Deployment p
                            && p.getSpec() != null && p.getSpec().getReplicas() != null) {
                        replicas = p.getSpec().getReplicas();
                    }
                }
                for (Kustomization.Replica r : k.replicas()) {
                    if (r.name().equals(name(d))) {
                        replicas = r.count();
                    }
                }
                if (replicas == null || replicas < MIN_REPLICAS) {
                    problems.add(where + "Deployment " + name(d) + " has " + replicas + " replicas, at least "
                            + MIN_REPLICAS);
                }
                for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                    Optional<Kustomization.Image> image = k.images().stream()
                            .filter(i -> i.name().equals(c.getImage())).findFirst();
                    Matcher named = IMAGE.matcher(image.map(Kustomization.Image::newName).orElse(""));
                    if (image.isEmpty() || !named.matches() || !named.group(1).equals(name(d))) {
                        problems.add(where + "image " + c.getImage() + " must be set to ghcr.io/OWNER/liaison-"
                                + name(d));
                    } else if (image.get().digest() == null
                            && (image.get().newTag() == null || "latest".equals(image.get().newTag()))) {
                        problems.add(where + "image " + c.getImage() + " needs a tag (not latest) or a digest");
                    }
                }
            }
            for (HorizontalPodAutoscaler h : m.base(HorizontalPodAutoscaler.class)) {
                Integer min = h.getSpec().getMinReplicas();
                for (PatchDocument patch : overlay.patches()) {
                    if (appliesTo(patch, h) && patch.document().resource() instanceof HorizontalPodAutoscaler p
                            && p.getSpec() != null && p.getSpec().getMinReplicas() != null) {
                        min = p.getSpec().getMinReplicas();
                    }
                }
                if (min == null || min < MIN_REPLICAS) {
                    problems.add(where + "HorizontalPodAutoscaler " + name(h) + " minReplicas " + min + ", at least "
                            + MIN_REPLICAS);
                }
            }
            problems.addAll(tokens(m, overlay, where));
        }
        return problems;
    }

    private static List<String> tokens(Manifests m, Layer overlay, String where) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> configMaps = configMaps(m, overlay, problems);
        for (Deployment d : m.base(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                Map<String, Env> env = env(where + "Deployment " + name(d) + ": ", c, configMaps, problems);
                Env location = env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
                Env issuer = env.get("MP_JWT_VERIFY_ISSUER");
                String at = where + "Deployment " + name(d) + ": ";
                if (issuer == null || issuer.value() == null || issuer.value().isBlank()) {
                    problems.add(at + "no MP_JWT_VERIFY_ISSUER");
                }
                String key = location == null ? null : location.value();
                if (key == null) {
                    problems.add(at + "no MP_JWT_VERIFY_PUBLICKEY_LOCATION");
                } else if (key.startsWith("https://")) {
                    continue; // the identity provider's JWKS URL
                } else if (PRODUCTION.equals(overlay.name())) {
                    problems.add(at + "MP_JWT_VERIFY_PUBLICKEY_LOCATION " + key
                            + ": production verifies tokens with the identity provider's JWKS URL (https://)");
                } else if (key.startsWith("file:")) {
                    String file = key.substring("file:".length());
                    if (!mountsSecretAt(overlay, d, c, file)) {
                        problems.add(at + "reads the key " + file + ", which no Secret volume of its patch mounts");
                    }
                } else {
                    problems.add(at + "MP_JWT_VERIFY_PUBLICKEY_LOCATION " + key + " is neither https: nor file:");
                }
            }
        }
        return problems;
    }

    /** Whether the overlay's patch of this Deployment mounts a Secret volume at a directory holding {@code file}. */
    private static boolean mountsSecretAt(Layer overlay, Deployment d, Container c, String file) {
        for (PatchDocument patch : overlay.patches()) {
            if (!appliesTo(patch, d) || !(patch.document().resource() instanceof Deployment p)) {
                continue;
            }
            PodSpec pod = p.getSpec().getTemplate().getSpec();
            for (Container pc : pod.getContainers()) {
                if (!c.getName().equals(pc.getName())) {
                    continue;
                }
                for (VolumeMount mount : pc.getVolumeMounts()) {
                    String dir = mount.getMountPath().endsWith("/") ? mount.getMountPath() : mount.getMountPath() + "/";
                    boolean secret = pod.getVolumes().stream().anyMatch(
                            v -> v.getName().equals(mount.getName()) && v.getSecret() != null);
                    if (secret && file.startsWith(dir)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- secrets --------------------------------------------------------------------------------------------------

    /**
     * Every Secret the manifests read is made by CloudNativePG or Strimzi (a KafkaUser's, the cluster CA's), generated
     * by every overlay, or named in deploy/kubernetes/README.md, which tells whoever deploys to provide it.
     */
    static List<String> secrets(Manifests m, Facts facts) {
        Set<String> operators = new TreeSet<>();
        cnpgClusters(m.base().documents()).forEach(c -> operators.add(name(c) + "-app"));
        // Strimzi: each KafkaUser's credentials under the user's name, and the cluster CA's certificate.
        m.base(KafkaUser.class).forEach(u -> operators.add(name(u)));
        m.base(Kafka.class).forEach(k -> operators.add(name(k) + CLUSTER_CA_CERT));
        Set<String> everywhere = null;
        for (Layer overlay : m.overlays()) {
            Set<String> generated = new TreeSet<>();
            overlay.kustomization().secretGenerator().forEach(g -> generated.add(g.name()));
            m.base().kustomization().secretGenerator().forEach(g -> generated.add(g.name()));
            if (everywhere == null) {
                everywhere = generated;
            } else {
                everywhere.retainAll(generated);
            }
        }
        Set<String> read = new TreeSet<>();
        List<HasMetadata> resources = new ArrayList<>();
        m.base().documents().forEach(d -> resources.add(d.resource()));
        m.overlays().forEach(o -> o.patches().forEach(p -> resources.add(p.document().resource())));
        for (HasMetadata r : resources) {
            if (r instanceof Deployment d && d.getSpec() != null && d.getSpec().getTemplate() != null) {
                PodSpec pod = d.getSpec().getTemplate().getSpec();
                for (Container c : pod.getContainers()) {
                    for (EnvVar e : c.getEnv()) {
                        if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                            read.add(e.getValueFrom().getSecretKeyRef().getName());
                        }
                    }
                    for (EnvFromSource e : c.getEnvFrom()) {
                        if (e.getSecretRef() != null) {
                            read.add(e.getSecretRef().getName());
                        }
                    }
                }
                for (Volume v : pod.getVolumes()) {
                    if (v.getSecret() != null) {
                        read.add(v.getSecret().getSecretName());
                    }
                }
            } else if (r instanceof Ingress ingress && ingress.getSpec() != null) {
                ingress.getSpec().getTls().stream().map(IngressTLS::getSecretName).filter(Objects::nonNull)
                        .forEach(read::add);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String secret : read) {
            boolean generated = everywhere != null && everywhere.contains(secret);
            if (!operators.contains(secret) && !generated && !facts.readme().contains("`" + secret + "`")) {
                problems.add("Secret " + secret + " is read but neither made by CloudNativePG or Strimzi, generated by "
                        + "every overlay, nor named (`" + secret + "`) in deploy/kubernetes/README.md");
            }
        }
        return problems;
    }

    // ---- shared ---------------------------------------------------------------------------------------------------

    /**
     * The ConfigMaps of the base, or of an overlay: the base's documents and generators, then the overlay's
     * generators (merge, replace or create) and its patches of ConfigMap data.
     */
    static Map<String, Map<String, String>> configMaps(Manifests m, Layer overlay, List<String> problems) {
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        for (ConfigMap c : m.base(ConfigMap.class)) {
            maps.put(name(c), new LinkedHashMap<>(Optional.ofNullable(c.getData()).orElse(Map.of())));
        }
        List<Kustomization.Generator> generators = new ArrayList<>(m.base().kustomization().configMapGenerator());
        if (overlay != null) {
            generators.addAll(overlay.kustomization().configMapGenerator());
        }
        for (Kustomization.Generator g : generators) {
            Map<String, String> literals = new LinkedHashMap<>();
            for (String literal : g.literals()) {
                int eq = literal.indexOf('=');
                if (eq <= 0) {
                    problems.add("configMapGenerator " + g.name() + ": literal " + literal + " is not KEY=VALUE");
                } else {
                    literals.put(literal.substring(0, eq), literal.substring(eq + 1));
                }
            }
            if ("merge".equals(g.behavior()) && maps.containsKey(g.name())) {
                maps.get(g.name()).putAll(literals);
            } else {
                maps.put(g.name(), literals);
            }
        }
        if (overlay != null) {
            for (PatchDocument patch : overlay.patches()) {
                if (patch.document().resource() instanceof ConfigMap c && maps.containsKey(name(c))) {
                    maps.get(name(c)).putAll(Optional.ofNullable(c.getData()).orElse(Map.of()));
                }
            }
        }
        return maps;
    }

    /** A container's environment: its envFrom ConfigMaps, then its env (which wins, as in Kubernetes). */
    static Map<String, Env> env(String where, Container c, Map<String, Map<String, String>> configMaps,
                                List<String> problems) {
        Map<String, Env> env = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                Map<String, String> data = configMaps.get(from.getConfigMapRef().getName());
                if (data == null) {
                    problems.add(where + "envFrom names ConfigMap " + from.getConfigMapRef().getName()
                            + ", which nothing makes");
                } else {
                    data.forEach((k, v) -> env.put(k, new Env(v, null, null, null)));
                }
            }
        }
        putEnv(where, c.getEnv(), env, configMaps, problems);
        return env;
    }

    /** Adds a container's env entries to {@code env}, each over what was there (as a patch's env does, by name). */
    private static void putEnv(String where, List<EnvVar> vars, Map<String, Env> env,
                               Map<String, Map<String, String>> configMaps, List<String> problems) {
        for (EnvVar e : vars) {
            var from = e.getValueFrom();
            if (from == null) {
                env.put(e.getName(), new Env(e.getValue(), null, null, null));
            } else if (from.getSecretKeyRef() != null) {
                env.put(e.getName(), new Env(null, from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(),
                        null));
            } else if (from.getFieldRef() != null) {
                env.put(e.getName(), new Env(null, null, null, from.getFieldRef().getFieldPath()));
            } else if (from.getConfigMapKeyRef() != null) {
                Map<String, String> data = configMaps.get(from.getConfigMapKeyRef().getName());
                String value = data == null ? null : data.get(from.getConfigMapKeyRef().getKey());
                if (value == null) {
                    problems.add(where + e.getName() + " reads " + from.getConfigMapKeyRef().getName() + "/"
                            + from.getConfigMapKeyRef().getKey() + ", which nothing makes");
                }
                env.put(e.getName(), new Env(value, null, null, null));
            }
        }
    }

    /** Whether an overlay's patch applies to a base resource: by its target, or by kind and name. */
    static boolean appliesTo(PatchDocument patch, HasMetadata resource) {
        Kustomization.Target target = patch.entry().target();
        HasMetadata p = patch.document().resource();
        return target != null ? selects(target, resource)
                : p.getKind().equals(resource.getKind()) && Objects.equals(name(p), name(resource));
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        return selector != null && selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty())
                && labels != null && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    private static String label(HasMetadata r, String label) {
        return r.getMetadata().getLabels() == null ? null : r.getMetadata().getLabels().get(label);
    }

    static String name(HasMetadata r) {
        return r.getMetadata() == null ? null : r.getMetadata().getName();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
