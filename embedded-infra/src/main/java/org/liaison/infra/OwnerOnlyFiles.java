package org.liaison.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Secret files (the token signing key, the webhooks secret key) that no other user can read at any moment: created
 * with owner-only permissions from the start, never written first and restricted afterwards, and published under
 * their name only once complete.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Creates {@code dir} (and missing parents) as 0700; an existing directory keeps its permissions. */
    static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getParent() != null) {
            Files.createDirectories(dir.getParent());
        }
        try {
            Files.createDirectory(dir, attribute("rwx------"));
        } catch (FileAlreadyExistsException e) {
            // made concurrently: fine
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    /** Writes {@code text} to {@code file} as 0600 through a temporary file in the same directory. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path temp;
        try {
            temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp", attribute("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
            temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
        }
        try {
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
