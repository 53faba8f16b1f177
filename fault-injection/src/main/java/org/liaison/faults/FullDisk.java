package org.liaison.faults;

import org.liaison.infra.FileTrees;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A full disk under one service's database, and under nothing else: every table and index of that database is moved
 * to a tablespace of its own on a small tmpfs, which is then filled with a file, so PostgreSQL can no longer extend
 * them (SQLState 53100, "could not extend file ... No space left on device") while it serves every other database.
 * Deleting the file gives the space back. {@link #close()} moves everything back and unmounts.
 * <p>
 * Mounting needs root (or CAP_SYS_ADMIN): where {@code mount} is refused, {@link #mount} returns null with the reason
 * and the fault skips this part, with a note.
 */
final class FullDisk implements WriteRefusal, AutoCloseable {

    private static final String TABLESPACE = "liaison_full_disk";
    /** Room on the tmpfs beyond the database's present size: the filler takes it, the moved tables never need it. */
    private static final long HEADROOM_BYTES = 16L << 20;
    private static final String DEADLOCK = "40P01";
    private static final int MOVE_ATTEMPTS = 5;

    private final Cluster cluster;
    private final LiaisonTopology.Service service;
    private final Path mountPoint;
    private final Path filler;
    private boolean moved;
    private long filled;

    private FullDisk(Cluster cluster, LiaisonTopology.Service service, Path mountPoint) {
        this.cluster = cluster;
        this.service = service;
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /**
     * Mounts a tmpfs and moves the service's tables and indexes onto it, or returns null and says in {@code whyNot}
     * why it cannot (not Linux, mount refused).
     */
    static FullDisk mount(Cluster cluster, LiaisonTopology.Service service, List<String> whyNot) throws Exception {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            whyNot.add("a tmpfs can only be mounted on Linux");
            return null;
        }
        long bytes;
        Path dataDirectory;
        try (Connection db = cluster.database(service); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("select pg_database_size(current_database()), "
                     + "current_setting('data_directory')")) {
            row.next();
            bytes = row.getLong(1) + HEADROOM_BYTES;
            dataDirectory = Path.of(row.getString(2));
        }
        Path mountPoint = Files.createTempDirectory("liaison-full-disk-");
        String refused;
        try {
            refused = run("mount", "-t", "tmpfs", "-o", "size=" + (bytes >> 20) + "m,mode=0755", "liaison-full-disk",
                    mountPoint.toString());
        } catch (IOException noMount) {
            refused = "no mount command: " + noMount.getMessage();
        }
        if (refused != null) {
            Files.deleteIfExists(mountPoint);
            whyNot.add("mount -t tmpfs was refused (" + refused + "); it needs root or CAP_SYS_ADMIN");
            return null;
        }
        FullDisk disk = new FullDisk(cluster, service, mountPoint);
        try {
            disk.moveOnto(dataDirectory);
            return disk;
        } catch (Exception | Error e) {
            disk.close();
            throw e;
        }
    }

    /** CREATE TABLESPACE wants an empty directory owned by the server's OS user, which owns its data directory. */
    private void moveOnto(Path dataDirectory) throws IOException, SQLException {
        Path location = Files.createDirectory(mountPoint.resolve("tablespace"));
        UserPrincipal serverUser = Files.getOwner(dataDirectory);
        Files.setOwner(location, serverUser);
        try (Connection db = cluster.database(service); Statement sql = db.createStatement()) {
            sql.execute("create tablespace " + TABLESPACE + " location '" + location + "'");
            moved = true;
            moveAll(sql, "pg_default", TABLESPACE);
        }
    }

    /**
     * Moves every table, then every index, between tablespaces. Each move takes its relations' locks one by one while
     * the service keeps writing, so PostgreSQL may find a deadlock with one of the service's transactions and cancel
     * either side: the service retries its own (40P01 is transient to it), and so does this, as the whole statement
     * was rolled back.
     */
    private static void moveAll(Statement sql, String from, String to) throws SQLException {
        for (String kind : new String[]{"table", "index"}) {
            String move = "alter " + kind + " all in tablespace " + from + " set tablespace " + to;
            for (int attempt = 1; ; attempt++) {
                try {
                    sql.execute(move);
                    break;
                } catch (SQLException e) {
                    if (!DEADLOCK.equals(e.getSQLState()) || attempt == MOVE_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    @Override
    public String what() {
        return "the disk under database " + service.database() + "'s tables full";
    }

    /** Fills the tmpfs to its last page (tmpfs hands out 4 KiB pages). */
    @Override
    public void begin() throws IOException {
        byte[] page = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(page);
                filled += page.length;
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    /** Gives the space back. */
    @Override
    public void end() throws IOException {
        Files.deleteIfExists(filler);
    }

    /** How many bytes the filler took. */
    long filled() {
        return filled;
    }

    /** Frees the space, moves every table and index back to the default tablespace, drops its own and unmounts. */
    @Override
    public void close() throws Exception {
        List<String> failures = new ArrayList<>();
        try {
            end();
        } catch (IOException e) {
            failures.add("could not delete the filler: " + e);
        }
        if (moved) {
            try (Connection db = cluster.database(service); Statement sql = db.createStatement()) {
                moveAll(sql, TABLESPACE, "pg_default");
                sql.execute("drop tablespace " + TABLESPACE);
                moved = false;
            } catch (SQLException e) {
                failures.add("could not move " + service.database() + " back to pg_default: " + e);
            }
        }
        String unmount = moved ? "left mounted: the tablespace is still there" : run("umount", mountPoint.toString());
        if (unmount != null) {
            failures.add("could not unmount " + mountPoint + ": " + unmount);
        } else {
            FileTrees.deleteQuietly(mountPoint);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
    }

    /** Runs a command; null when it succeeded, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not finish within 30 s";
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.exitValue() == 0 ? null
                : "exit " + process.exitValue() + (output.isEmpty() ? "" : ": " + output);
    }
}
