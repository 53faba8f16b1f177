package org.liaison.meetings.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.names.ArabicNames;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an uploaded file before anything is stored: its size (413 above {@code max-file-size}), what its bytes are
 * (415 when none of {@link FileType}'s, or not what its name says: a {@code .pdf} that is not a PDF), the virus scan
 * ({@link VirusScan}), and reads its SHA-256 and its text. Works on the file as Quarkus wrote it to disk, reading it
 * in small buffers, so that a 20 MB upload never sits in memory.
 */
@ApplicationScoped
public class DocumentFiles {

    private static final int BUFFER = 64 * 1024;
    private static final int FILE_NAME_MAX = 255;

    private final DocumentConfig config;
    private final VirusScan scan;

    public DocumentFiles(DocumentConfig config, VirusScan scan) {
        this.config = config;
        this.scan = scan;
    }

    public InspectedFile inspect(Path file, String uploadedName) {
        String fileName = fileName(uploadedName);
        try {
            long size = Files.size(file);
            long max = config.maxFileSize().asLongValue();
            if (size > max) {
                throw ProblemException.contentTooLarge("the file is " + size + " bytes, more than the limit of " + max,
                        Map.of("maxFileSize", max));
            }
            if (size == 0) {
                throw ProblemException.badRequest("file", "is empty");
            }
            Optional<FileType> sniffed = FileSniffer.sniff(file);
            if (sniffed.isEmpty()) {
                throw unsupported("its bytes are none of the accepted types");
            }
            FileType type = sniffed.get();
            if (!type.namedBy(fileName)) {
                throw unsupported("it is named ." + FileType.extension(fileName) + " but its bytes are "
                        + type.mediaType());
            }
            requireClean(file, type);
            String text;
            try {
                text = DocumentText.of(file, type, config.maxSearchText());
            } catch (DocumentText.UnreadableFile e) {
                throw unsupported("its bytes begin as " + type.mediaType() + " but it is " + e.getMessage());
            }
            return new InspectedFile(file, fileName, type, size, sha256(file), ArabicNames.searchKey(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file", e);
        }
    }

    private void requireClean(Path file, FileType type) {
        if (!scan.scans() && config.requireVirusScan()) {
            throw ProblemException.serviceUnavailable("uploads are refused until a virus scanner is installed"
                    + " (liaison.meetings.documents.require-virus-scan)");
        }
        Optional<String> threat;
        try {
            threat = scan.findThreat(file, type.mediaType());
        } catch (IOException e) {
            throw ProblemException.serviceUnavailable("the virus scan could not be done: " + e.getMessage(), 5);
        }
        if (threat.isPresent()) {
            String message = "refused by the virus scan: " + threat.get();
            throw ProblemException.unprocessable(message, new Problem.FieldError("file", message));
        }
    }

    private static ProblemException unsupported(String why) {
        return ProblemException.unsupportedMediaType("file", "the file is refused: " + why,
                Map.of("acceptedTypes", FileType.mediaTypes()));
    }

    /** The name as given, without the folders some browsers prefix it with; 400 when there is none left. */
    static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded.substring(Math.max(uploaded.lastIndexOf('/'),
                uploaded.lastIndexOf('\\')) + 1).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ProblemException.badRequest("file", "must carry a file name (the filename of its part)");
        }
        if (name.length() > FILE_NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("file", "its name must be at most " + FILE_NAME_MAX
                    + " characters without control characters");
        }
        return name;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            byte[] buffer = new byte[BUFFER];
            while (in.read(buffer) >= 0) {
                // reading is digesting
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
