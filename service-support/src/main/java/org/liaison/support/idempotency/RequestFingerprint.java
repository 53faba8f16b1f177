package org.liaison.support.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What makes two requests "the same request" for an idempotency key: method, path and body. The body is
 * taken as read (the request record), written as canonical JSON (keys sorted, no white space), so that a
 * retry that reorders fields or spaces them differently is still recognised, while any change of a value is not.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** @return SHA-256 of the request, 64 hex digits */
    public static String of(ObjectMapper mapper, String method, String path, Object body) {
        String canonical = method.toUpperCase(Locale.ROOT) + "\n" + path + "\n"
                + (body == null ? "" : canonicalJson(mapper.valueToTree(body)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String canonicalJson(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(TextNode.valueOf(names.get(i))).append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node); // a scalar's toString is its JSON text, escaped
        }
    }
}
