package org.liaison.meetings.document;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

/**
 * A stored file's bytes in {@code document_chunk}, {@link #CHUNK_BYTES} a row: written from the uploaded file and read
 * back into the response one row at a time, so that memory holds one chunk per transfer whatever the file's size
 * (PostgreSQL's JDBC driver reads a bytea value whole, so one row per file would hold it all, hex-encoded besides).
 */
@ApplicationScoped
public class DocumentChunks {

    static final int CHUNK_BYTES = 256 * 1024;

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public DocumentChunks(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** Stores the file's bytes in the caller's transaction, the document's row written before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(UUID documentId, Path file) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into document_chunk (document_id, seq, bytes) values (?, ?, ?)");
                 InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[CHUNK_BYTES];
                int seq = 0;
                int read;
                while ((read = in.readNBytes(buffer, 0, CHUNK_BYTES)) > 0) {
                    insert.setObject(1, documentId);
                    insert.setInt(2, seq++);
                    insert.setBytes(3, read == CHUNK_BYTES ? buffer : Arrays.copyOf(buffer, read));
                    insert.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the uploaded file", e);
            }
        });
    }

    /**
     * Writes the stored bytes to {@code out}, outside any transaction (the response is written after the request's
     * transaction ended; a document never changes, so reading its chunks one by one is consistent).
     *
     * @throws IOException also when fewer or more bytes are stored than {@code size}: the response is then cut short,
     *                     so that the client sees a failed download rather than a wrong file
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void copy(UUID documentId, long size, OutputStream out) throws IOException {
        long written = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select bytes from document_chunk where document_id = ? and seq = ?")) {
            for (int seq = 0; written < size; seq++) {
                select.setObject(1, documentId);
                select.setInt(2, seq);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        break;
                    }
                    byte[] chunk = row.getBytes(1);
                    out.write(chunk);
                    written += chunk.length;
                }
            }
        } catch (SQLException e) {
            throw new IOException("reading document " + documentId + " from the database", e);
        }
        if (written != size) {
            throw new IOException("document " + documentId + " has " + written + " bytes stored, not " + size);
        }
    }
}
