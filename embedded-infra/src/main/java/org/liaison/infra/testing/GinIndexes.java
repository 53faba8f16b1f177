package org.liaison.infra.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A GIN index with PostgreSQL's default pending list gathers up to 4 MB of new entries that every search through it
 * reads in full until a vacuum merges them: in the bench at 110,000 meetings a rare word's page read 616 buffers
 * (2 ms) where the same plan read 21 at 20,000, and on a copy 3,000 rows written took a rare word's search from 0.01 to
 * 0.5 ms. The services bound each GIN index's list; this finds the ones that are not.
 */
public final class GinIndexes {

    /** The largest pending list allowed, in kB (PostgreSQL's default is 4096). */
    public static final int PENDING_LIST_LIMIT_KB = 256;

    private GinIndexes() {
    }

    /** The GIN indexes of the connection's schema whose pending list may grow past the limit, by name. */
    public static List<String> withUnboundedPendingList(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid
                    join pg_am a on a.oid = c.relam join pg_namespace n on n.oid = c.relnamespace
                where a.amname = 'gin' and n.nspname = current_schema()
                    and not 'fastupdate=off' = any(coalesce(c.reloptions, '{}'))
                    and not exists (select 1 from unnest(c.reloptions) o
                                    where o like 'gin_pending_list_limit=%'
                                        and cast(split_part(o, '=', 2) as integer) <= ?)
                order by c.relname""")) {
            select.setInt(1, PENDING_LIST_LIMIT_KB);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }
}
