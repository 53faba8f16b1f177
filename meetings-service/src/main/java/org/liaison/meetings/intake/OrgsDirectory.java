package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.liaison.intake.Directory;
import org.liaison.meetings.directory.OrgsApi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registered organisations and people a draft is matched against, asked of orgs-service (which owns them and
 * their name index) in one call per kind. When orgs-service cannot answer, the draft is still made, with nothing
 * matched and a warning ({@link #unavailable}): an accept then finds what is registered by orgs-service's own
 * duplicate check.
 */
final class OrgsDirectory implements Directory {

    private static final Logger LOG = Logger.getLogger(OrgsDirectory.class);
    static final String UNAVAILABLE = "registered organisations and people could not be looked up (orgs-service did"
            + " not answer): every one is proposed as new; accepting still finds those already registered";

    /** Keys a look-up request carries: 500 keys of a few words are some 30 KB, well under the body limit. */
    static final int KEYS_PER_REQUEST = 500;

    private final OrgsApi orgs;
    private final ObjectMapper json;
    private boolean unavailable;

    OrgsDirectory(OrgsApi orgs, ObjectMapper json) {
        this.orgs = orgs;
        this.json = json;
    }

    /** Whether a look-up failed, so that the draft's matches are incomplete. */
    boolean unavailable() {
        return unavailable;
    }

    @Override
    public Map<String, List<Entry>> organizations(Set<String> compactKeys) {
        return lookUp("organizations", compactKeys);
    }

    @Override
    public Map<String, List<Entry>> people(Set<String> compactKeys) {
        return lookUp("people", compactKeys);
    }

    private Map<String, List<Entry>> lookUp(String kind, Set<String> compactKeys) {
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(compactKeys);
        // A draft asks for every word's keys at once: over 5,000 (some 300 KB) for article 001 of 4,700 characters,
        // more than a request body may carry (liaison.http.max-body-size, 256K), so they go in batches.
        for (int from = 0; from < keys.size() && !unavailable; from += KEYS_PER_REQUEST) {
            entries.putAll(lookUpBatch(kind, keys.subList(from, Math.min(keys.size(), from + KEYS_PER_REQUEST))));
        }
        return unavailable ? Map.of() : entries;
    }

    private Map<String, List<Entry>> lookUpBatch(String kind, List<String> keys) {
        ObjectNode body = json.createObjectNode();
        keys.forEach(body.putArray(kind)::add);
        try (Response response = Upstream.answer(() -> orgs.nameMatches(body))) {
            if (response.getStatus() != 200) {
                LOG.warnf("orgs-service answered %d to a name look-up of %d keys", response.getStatus(), keys.size());
                unavailable = true;
                return Map.of();
            }
            return entries(response.readEntity(JsonNode.class).path(kind));
        } catch (ProcessingException e) {
            LOG.warnf("orgs-service could not be asked for names: %s", e.getMessage());
            unavailable = true;
            return Map.of();
        }
    }

    private static Map<String, List<Entry>> entries(JsonNode byKey) {
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        byKey.properties().forEach(key -> {
            List<Entry> matches = new ArrayList<>();
            key.getValue().forEach(match -> matches.add(new Entry(match.path("id").asText(),
                    match.path("name").asText(), Layer.valueOf(match.path("layer").asText()))));
            entries.put(key.getKey(), matches);
        });
        return entries;
    }
}
