package org.liaison.meetings.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The extension point for scanning uploaded files before they are stored: a deployment that scans provides an
 * {@code @ApplicationScoped} bean implementing this (e.g. one that streams the file to clamd's INSTREAM), which
 * replaces {@link NoVirusScan}, and sets {@code liaison.meetings.documents.require-virus-scan=true} so that the
 * service refuses uploads rather than store them unscanned should that bean ever be missing.
 */
public interface VirusScan {

    /**
     * @param file      the uploaded file, whole, on local disk (read it as often as needed; it is deleted afterwards)
     * @param mediaType what its bytes are ({@link FileType#mediaType})
     * @return why the file is refused (answered 422 naming {@code file}), or empty when it may be stored
     * @throws IOException when the scan could not be done (the upload is answered 503 and nothing is stored)
     */
    Optional<String> findThreat(Path file, String mediaType) throws IOException;

    /** Whether this scanner looks at the files at all ({@link NoVirusScan} does not). */
    default boolean scans() {
        return true;
    }
}
