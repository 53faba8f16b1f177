package org.liaison.orgs.popolo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids records get on import. A UUID is kept as it is, so an export imported again lands on the same records.
 * Any other id (Popolo files from elsewhere use "ocd-organization/…", "person/42", ...) becomes a name-based
 * UUID (RFC 9562 version 5) of the record type and that id, so importing the same file again finds the records
 * the first import made, and references in the file resolve the same way.
 */
final class ImportIds {

    /** The namespace of Liaison's name-based import ids; fixed for ever, or re-imports would stop matching. */
    static final UUID NAMESPACE = UUID.fromString("6f1c0b8e-3a52-4d0e-9b7e-2c7a54e1a9d3");

    /** Only the canonical text form: {@link UUID#fromString} also accepts "1-2-3-4-5". */
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ImportIds() {
    }

    /** @param type organization, person or membership: the same text names different records in each */
    static UUID of(String type, String sourceId) {
        String id = sourceId.strip();
        return CANONICAL.matcher(id).matches() ? UUID.fromString(id) : nameBased(type + ":" + id);
    }

    static UUID nameBased(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer namespace = ByteBuffer.allocate(16)
                    .putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(namespace.array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
