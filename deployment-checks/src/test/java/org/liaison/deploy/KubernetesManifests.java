package org.liaison.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code deploy/kubernetes} read into typed objects: every document of the base and the overlays, and every patch,
 * into fabric8's Kubernetes model or Strimzi's own model (kafka.strimzi.io/v1: Kafka, KafkaNodePool, KafkaTopic,
 * KafkaUser), with each field checked to be one that model knows. Both models keep a field they do not know aside
 * instead of failing (a Jackson "any setter"), so {@link #unknownFields} walks each object and names what was kept
 * aside, and any field that only Strimzi's v1beta2 has. A CloudNativePG Cluster has no Java model on Maven Central:
 * its spec is read into {@link CnpgClusterSpec}, the fields these manifests use, and fails on any other.
 *
 * <p>What is read stays mutable (plain lists, the models' setters), so that a test can break a fresh copy and see
 * {@link KubernetesChecks} name what it broke.
 */
final class KubernetesManifests {

    static final String KUSTOMIZATION = "kustomization.yaml";
    static final String CNPG_CLUSTER = "postgresql.cnpg.io/v1/Cluster";
    static final String STRIMZI_API = "kafka.strimzi.io/v1";

    /** Kinds read into a model of their own, besides the built-in ones fabric8 knows. */
    private static final List<Class<? extends KubernetesResource>> CUSTOM_KINDS =
            List.of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class);

    private static final KubernetesSerialization SERIALIZATION = serialization();
    /** YAML to trees; a key given twice in one mapping is an error rather than the last one winning. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** Only looks at classes: which properties Jackson reads, and where a model keeps the fields it does not know. */
    private static final ObjectMapper INTROSPECTION = new ObjectMapper();
    /** For what has no Java model of its own (kustomization.yaml, a CNPG spec): unknown fields fail. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** What {@link #unknownFields} walks in each class, found once. */
    private static final Map<Class<?>, Bean> BEANS = new ConcurrentHashMap<>();

    /**
     * One document of a file, as its model's object. The apiVersion is the document's: a fabric8 custom resource
     * reports the one its class names, whatever was read (v1beta2 for the Kafka and KafkaNodePool of Strimzi 0.51).
     */
    record Document(Path file, String apiVersion, HasMetadata resource) {
        /** {@code apiVersion/kind}, e.g. {@code apps/v1/Deployment}. */
        String type() {
            return apiVersion + "/" + resource.getKind();
        }
    }

    /**
     * A kustomization.yaml, limited to the fields kustomize has had for years: anything else (patchesStrategicMerge,
     * vars, helmCharts, a misspelling) fails to read.
     */
    record Kustomization(String apiVersion, String kind, String namespace, List<String> resources, List<Image> images,
                         List<Replica> replicas, List<Patch> patches, List<Generator> configMapGenerator,
                         List<Generator> secretGenerator) {
        Kustomization {
            resources = mutable(resources);
            images = mutable(images);
            replicas = mutable(replicas);
            patches = mutable(patches);
            configMapGenerator = mutable(configMapGenerator);
            secretGenerator = mutable(secretGenerator);
        }

        record Image(String name, String newName, String newTag, String digest) {
        }

        record Replica(String name, int count) {
        }

        /** A strategic-merge patch in a file of its own; with a target, applied to every resource it selects. */
        record Patch(String path, Target target) {
        }

        record Target(String group, String version, String kind, String name, String labelSelector) {
        }

        /** Generated from literals only, so that everything a generator makes can be read here. */
        record Generator(String name, String behavior, List<String> literals) {
            Generator {
                literals = mutable(literals);
            }
        }
    }

    /** A patch file of a kustomization, read like any other document. */
    record PatchDocument(Kustomization.Patch entry, Document document) {
    }

    /** The base or an overlay: its kustomization, the documents of its resource files and its patches. */
    record Layer(String name, Path dir, Kustomization kustomization, List<Document> documents,
                 List<PatchDocument> patches) {
    }

    /** deploy/kubernetes: base, overlays, and every YAML file below it (to find files no kustomization names). */
    record Manifests(Path root, Layer base, List<Layer> overlays, List<Path> yamlFiles) {
        /** The documents of the base of one kind, e.g. {@code Deployment}. */
        <T extends HasMetadata> List<T> base(Class<T> type) {
            return base.documents().stream().map(Document::resource).filter(type::isInstance).map(type::cast).toList();
        }
    }

    /**
     * The spec of a CloudNativePG {@code Cluster}: the fields these manifests use, after the operator's API
     * reference (postgresql.cnpg.io/v1). Reading fails on any other field.
     */
    record CnpgClusterSpec(Integer instances, String imageName, Bootstrap bootstrap, Storage storage,
                           ResourceRequirements resources) {
        record Bootstrap(InitDb initdb) {
        }

        record InitDb(String database, String owner) {
        }

        record Storage(String size, String storageClass) {
        }
    }

    private KubernetesManifests() {
    }

    /** Reads {@code root} (deploy/kubernetes): {@code base/} and each directory of {@code overlays/}. */
    static Manifests load(Path root) {
        Layer base = layer("base", root.resolve("base"));
        List<Layer> overlays = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root.resolve("overlays"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                overlays.add(layer(dir.getFileName().toString(), dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> yamlFiles;
        try (Stream<Path> files = Files.walk(root)) {
            yamlFiles = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(root, base, overlays, new ArrayList<>(yamlFiles));
    }

    /** A kustomization directory: its resource files (not other kustomizations) and patch files, read. */
    private static Layer layer(String name, Path dir) {
        Kustomization kustomization = kustomization(dir.resolve(KUSTOMIZATION));
        List<Document> documents = new ArrayList<>();
        for (String resource : kustomization.resources()) {
            Path file = dir.resolve(resource).normalize();
            if (Files.isRegularFile(file)) {
                documents.addAll(documents(file));
            }
        }
        List<PatchDocument> patches = new ArrayList<>();
        for (Kustomization.Patch patch : kustomization.patches()) {
            Path file = patch.path() == null ? null : dir.resolve(patch.path()).normalize();
            if (file != null && Files.isRegularFile(file)) {
                for (Document document : documents(file)) {
                    patches.add(new PatchDocument(patch, document));
                }
            }
        }
        return new Layer(name, dir, kustomization, documents, patches);
    }

    static Kustomization kustomization(Path file) {
        try {
            return kustomization(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Kustomization kustomization(Path file, String yaml) {
        try {
            return STRICT.convertValue(YAML.readTree(yaml), Kustomization.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every document of a file, typed; fails naming the file and document on anything that does not read. */
    static List<Document> documents(Path file) {
        try {
            return documents(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> documents(Path file, String yaml) {
        List<Document> documents = new ArrayList<>();
        try (var parser = YAML.createParser(yaml)) {
            var trees = YAML.readValues(parser, JsonNode.class);
            int index = 0;
            while (trees.hasNextValue()) {
                JsonNode tree = trees.nextValue();
                index++;
                if (tree == null || tree.isNull() || tree.isMissingNode()) {
                    continue;
                }
                String where = file + " (document " + index + ")";
                HasMetadata resource = resource(where, tree);
                String apiVersion = tree.path("apiVersion").asText();
                List<String> unknown = unknownFields(resource);
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException(where + ": fields the " + resource.getKind()
                            + " model does not know: " + String.join(", ", unknown));
                }
                documents.add(new Document(file, apiVersion, resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return documents;
    }

    private static HasMetadata resource(String where, JsonNode tree) {
        KubernetesResource resource;
        try {
            resource = SERIALIZATION.unmarshal(tree.toString(), KubernetesResource.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        if (!(resource instanceof HasMetadata typed) || typed.getKind() == null || typed.getApiVersion() == null) {
            throw new IllegalArgumentException(where + ": not a Kubernetes resource (apiVersion and kind)");
        }
        if (typed instanceof GenericKubernetesResource generic) {
            // fabric8 reads a kind it has no class for as a bag of fields: only the CNPG Cluster is known here.
            String type = generic.getApiVersion() + "/" + generic.getKind();
            if (!CNPG_CLUSTER.equals(type)) {
                throw new IllegalArgumentException(where + ": " + type + " is not a kind these checks can read"
                        + (generic.getApiVersion().startsWith("kafka.strimzi.io/")
                        ? " (Strimzi 1.x serves kafka.strimzi.io/v1 only)" : ""));
            }
            cnpgSpec(where, generic);
        }
        return typed;
    }

    /** A CNPG Cluster's spec in {@link CnpgClusterSpec}; an unknown field fails, naming where. */
    static CnpgClusterSpec cnpgSpec(String where, GenericKubernetesResource cluster) {
        Object spec = cluster.getAdditionalProperties().get("spec");
        CnpgClusterSpec read;
        try {
            read = STRICT.convertValue(spec == null ? Map.of() : spec, CnpgClusterSpec.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        Set<String> other = new TreeSet<>(cluster.getAdditionalProperties().keySet());
        other.remove("spec");
        List<String> unknown = new ArrayList<>(unknownFields(read));
        other.forEach(k -> unknown.add("." + k));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": fields not read for a CNPG Cluster: " + unknown);
        }
        return read;
    }

    static CnpgClusterSpec cnpgSpec(GenericKubernetesResource cluster) {
        return cnpgSpec(cluster.getKind() + " " + cluster.getMetadata().getName(), cluster);
    }

    /**
     * The path of every field the model kept aside because it has no property of that name, e.g.
     * {@code .spec.template.spec.containers[0].readinesProbe}. Walks the properties Jackson itself reads.
     */
    static List<String> unknownFields(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Object value, String path, List<String> found, Set<Object> seen) {
        if (value == null || value instanceof GenericKubernetesResource || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found, seen));
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        Class<?> type = value.getClass();
        if (type.isEnum() || type.isPrimitive() || type.getName().startsWith("java.")) {
            return;
        }
        Bean bean = BEANS.computeIfAbsent(type, KubernetesManifests::bean);
        if (bean.anyGetter() != null && bean.anyGetter().getValue(value) instanceof Map<?, ?> kept) {
            kept.keySet().forEach(k -> found.add(path + "." + k));
        }
        for (Property property : bean.properties()) {
            Object child = property.accessor().getValue(value);
            if ("additionalProperties".equals(property.name()) && child instanceof Map<?, ?> kept) {
                kept.keySet().forEach(k -> found.add(path + "." + k));
            } else if (child != null && property.v1beta2Only()) {
                found.add(path + "." + property.name() + " (v1beta2 only)");
            } else {
                walk(child, path + "." + property.name(), found, seen);
            }
        }
    }

    /** What the walk needs of a class, found once: Jackson's introspection is far slower than the walk. */
    private record Bean(AnnotatedMember anyGetter, List<Property> properties) {
    }

    private record Property(String name, AnnotatedMember accessor, boolean v1beta2Only) {
    }

    private static Bean bean(Class<?> type) {
        BeanDescription description = INTROSPECTION.getSerializationConfig()
                .introspect(INTROSPECTION.constructType(type));
        AnnotatedMember anyGetter = description.findAnyGetter();
        if (anyGetter != null) {
            anyGetter.fixAccess(true);
        }
        List<Property> properties = new ArrayList<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null) {
                continue;
            }
            // CnpgClusterSpec is a record nested in this package-private class.
            accessor.fixAccess(true);
            // Strimzi's model says which fields only v1beta2 has with an annotation that is not kept at run time
            // (@PresentInVersions); in the classes these manifests use, those are exactly the @Deprecated ones.
            boolean v1beta2Only = type.getName().startsWith("io.strimzi.api.")
                    && accessor.hasAnnotation(Deprecated.class);
            properties.add(new Property(property.getName(), accessor, v1beta2Only));
        }
        return new Bean(anyGetter, properties);
    }

    /** A deep copy of a model object, for a test to break. */
    static <T> T copy(T model) {
        return SERIALIZATION.clone(model);
    }

    private static KubernetesSerialization serialization() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        // Strimzi's model classes name v1beta2 for fabric8, but model v1 as well: registered for v1 only, so that
        // a v1beta2 document, which Strimzi 1.x no longer serves, fails to read.
        CUSTOM_KINDS.forEach(type -> serialization.registerKubernetesResource(
                STRIMZI_API, HasMetadata.getKind(type), type));
        return serialization;
    }

    private static <T> List<T> mutable(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }
}
