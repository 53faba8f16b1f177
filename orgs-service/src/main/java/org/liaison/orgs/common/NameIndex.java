package org.liaison.orgs.common;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.liaison.names.NameKeys;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A name index table ({@code organization_name}, {@code person_name}: rows of {@link IndexedName}) written and
 * read one statement at a time: a record's names go in with one insert however many it has, and "does another
 * record carry one of these names?" is one indexed look-up. Plain SQL rather than the entities, because on the
 * create path the entities cost a round trip per name (identity keys are not batched) and an HQL-to-SQL
 * translation per look-up (an {@code in} list is translated anew for every call): together about a quarter of a
 * create's CPU in the bench's profile. The entities stay for search's queries.
 */
public final class NameIndex {

    private final String table;
    private final String ownerColumn;
    private final String judgementTable;

    /**
     * @param table          and {@code ownerColumn} are fixed names from code, never from a request
     * @param judgementTable the table of judgements on pairs of owners ({@code left_id}, {@code right_id},
     *                       {@code judgement}), or null where there is none: a name that two owners judged
     *                       {@code not_same} both carry is no clash
     */
    public NameIndex(String table, String ownerColumn, String judgementTable) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.judgementTable = judgementTable;
    }

    /** A name of another record that has one of the keys looked for. */
    public record Clash(UUID owner, String name, String compactKey) {
    }

    /** Rewrites the rows of {@code owner} to exactly {@code names}. */
    public void replace(EntityManager entityManager, UUID owner, Collection<String> names) {
        remove(entityManager, owner);
        add(entityManager, owner, names);
    }

    /** Adds rows for a record that has none yet (just created): no delete to run first. */
    public void add(EntityManager entityManager, UUID owner, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        List<NameKeys> keys = names.stream().map(NameKeys::of).toList();
        // The owner's own row may still be pending in the session: the foreign key needs it written first.
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " (" + ownerColumn
                    + ", name, search_key, compact_key, key_version) select ?, n.name, n.search_key, n.compact_key,"
                    + " n.key_version from unnest(?, ?, ?, ?) as n (name, search_key, compact_key, key_version)")) {
                insert.setObject(1, owner);
                insert.setArray(2, connection.createArrayOf("text", names.toArray()));
                insert.setArray(3, connection.createArrayOf("text", keys.stream().map(NameKeys::searchKey).toArray()));
                insert.setArray(4, connection.createArrayOf("text", keys.stream().map(NameKeys::compactKey).toArray()));
                insert.setArray(5, connection.createArrayOf("int4", keys.stream().map(NameKeys::version).toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** Removes every row of {@code owner}. */
    public void remove(EntityManager entityManager, UUID owner) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + table + " where " + ownerColumn + " = ?")) {
                delete.setObject(1, owner);
                delete.executeUpdate();
            }
        });
    }

    /** Every row whose compact key is one of {@code compactKeys}, oldest first: one indexed look-up. */
    public List<Clash> rowsWithKeys(EntityManager entityManager, Collection<String> compactKeys) {
        if (compactKeys.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + ownerColumn
                    + ", name, compact_key from " + table + " where compact_key = any (?) order by id")) {
                select.setArray(1, connection.createArrayOf("text", compactKeys.toArray()));
                List<Clash> rows = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(new Clash(row.getObject(1, UUID.class), row.getString(2), row.getString(3)));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * @param compactKeys the candidate's compact keys (empty ones left out by the caller)
     * @param self        the candidate itself, whose own rows are no clash
     * @return the oldest row of another record with one of the keys
     */
    public Optional<Clash> firstClash(EntityManager entityManager, Collection<String> compactKeys, UUID self) {
        if (compactKeys.isEmpty()) {
            return Optional.empty();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            // A name two owners carry and were judged not the same by is known to name different bodies: it is no
            // clash for another registration.
            String knownShared = judgementTable == null ? "" : " and not exists (select 1 from " + judgementTable
                    + " j join " + table + " shared on shared." + ownerColumn + " in (j.left_id, j.right_id)"
                    + " and shared." + ownerColumn + " <> n." + ownerColumn + " and shared.compact_key = n.compact_key"
                    + " where j.judgement = 'not_same' and j.superseded_by is null and j.undone_at is null"
                    + " and n." + ownerColumn + " in (j.left_id, j.right_id))";
            try (PreparedStatement select = connection.prepareStatement("select " + ownerColumn
                    + ", name, compact_key from " + table + " n where compact_key = any (?) and " + ownerColumn
                    + " <> ?" + knownShared + " order by id limit 1")) {
                select.setArray(1, connection.createArrayOf("text", compactKeys.toArray()));
                select.setObject(2, self);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(new Clash(row.getObject(1, UUID.class), row.getString(2),
                            row.getString(3))) : Optional.<Clash>empty();
                }
            }
        });
    }
}
