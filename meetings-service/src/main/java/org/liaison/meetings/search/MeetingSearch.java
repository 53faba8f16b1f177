package org.liaison.meetings.search;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.meetings.directory.PersonDirectory;
import org.liaison.meetings.meeting.MeetingService;
import org.liaison.meetings.meeting.MeetingView;
import org.liaison.meetings.model.Meeting;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageTotal;
import org.liaison.support.paging.PageTotals;
import org.liaison.support.persistence.CustomPlans;
import org.liaison.support.security.CurrentActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Finds meetings by {@link MeetingFilters} in one of the {@link MeetingOrder}s, as the caller may see them: filters
 * on what a redacted view hides (participants, people, place, topics, instruments, the words of titles and texts)
 * match a restricted meeting only for its parties and admins; others find it by its kind, status, date and organiser
 * only. With {@code q}, the newest {@code liaison.search.rank-candidates} matches are ranked, and counted by the same
 * query: when there are no more, that is the total; otherwise totals beyond {@code liaison.paging.exact-total-up-to}
 * are estimates ({@link PageTotals}). Timed as
 * {@code liaison.meetings.search}.
 */
@ApplicationScoped
@Transactional
public class MeetingSearch {

    static final String QUERY = "to_tsquery('simple', ?)";

    private final EntityManager entityManager;
    private final CurrentActor actor;
    private final MeetingService meetings;
    private final MeterRegistry registry;
    private final PageTotals totals;
    private final int rankCandidates;

    public MeetingSearch(EntityManager entityManager, CurrentActor actor, MeetingService meetings,
            MeterRegistry registry,
                         PageTotals totals,
                         @ConfigProperty(name = "liaison.search.rank-candidates") int rankCandidates) {
        this.entityManager = entityManager;
        this.actor = actor;
        this.meetings = meetings;
        this.registry = registry;
        this.totals = totals;
        this.rankCandidates = rankCandidates;
    }

    /** @param cursor the {@code nextCursor} of the previous page of the same search and order, or null */
    public Page<MeetingView> find(MeetingFilters filters, MeetingOrder order, int limit, String cursor) {
        return registry.timer("liaison.meetings.search", "order", order.name().toLowerCase(Locale.ROOT),
                "text", String.valueOf(filters.terms() != null)).record(() -> page(filters, order, limit, cursor));
    }

    private Page<MeetingView> page(MeetingFilters filters, MeetingOrder order, int limit, String cursor) {
        Visibility visibility = new Visibility(actor.isAdmin(), actor.office().orElse(null));
        Source source = filters.terms() == null ? Source.MEETINGS : Source.SEARCH_ROWS;
        SqlConditions select = new SqlConditions();
        String rank = filters.terms() == null ? "0" : rank(select, filters.terms(), visibility, source.columns());
        List<String> keys = order.keys(rank);
        boolean ranked = order == MeetingOrder.RANK;
        StringBuilder inner = new StringBuilder("select ").append(source.id()).append(" as id");
        for (int i = 0; i < keys.size(); i++) {
            inner.append(", ").append(keys.get(i)).append(" as k").append(i + 1);
        }
        if (ranked) {
            inner.append(", ").append(source.created()).append(" as created");
        }
        inner.append(" from ").append(source.from()).append(" where ")
                .append(conditions(select, filters, visibility, source.columns()).where());
        String from = inner.toString();
        String candidates = "";
        // Parameters are numbered as they are bound, so fragments may be bound in any order of the text.
        String after = cursor == null || cursor.isEmpty() ? "true" : select.bind(order.after(), order.decode(cursor));
        if (ranked) {
            // Ranking reads every candidate's document: only the newest few are ranked (see rank-candidates). One more
            // is read to learn whether there are more matches than those, and how many there are when there are not.
            from = "select y.*, count(*) over () as candidates, row_number() over (order by y.created desc, y.id desc)"
                    + " as position from (" + inner + " order by created desc, id desc limit "
                    + select.bind("?", rankCandidates + 1) + ") y";
            candidates = ", x.candidates";
            after = "x.position <= " + select.bind("?", rankCandidates) + " and (" + after + ")";
        }
        String sql = "select x.id" + order.textKeys() + candidates + " from (" + from + ") x where " + after
                + " order by " + order.orderBy() + " limit " + select.bind("?", limit + 1);
        // Planned for its values each time: a common word and a rare one, an admin and an office, need other plans.
        // Queries that join the matches to their meetings (other filters, other orders) stop early when each match
        // is joined by primary key; PostgreSQL's estimate of the text match instead makes it hash every meeting first
        // (at 30,000 meetings: a page 138 ms that way, 15 ms this way). For this transaction: its count too.
        List<Object[]> rows = CustomPlans.select(entityManager, sql, select.parameters(),
                filters.terms() == null ? new String[0] : new String[] {"enable_hashjoin = off"});

        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Object[] last = shown.get(limit - 1);
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= order.keyCount(); i++) {
                values.add((String) last[i]);
            }
            next = order.encode(values, (UUID) last[0]);
        }
        long matched = ranked && !rows.isEmpty() ? ((Number) rows.get(0)[order.keyCount() + 1]).longValue() : 0;
        PageTotal total = matched > 0 && matched <= rankCandidates ? PageTotal.exact(matched)
                : count(source, filters, visibility, matched);
        List<UUID> ids = shown.stream().map(row -> (UUID) row[0]).toList();
        return new Page<>(meetings.views(Meeting.readOnly(ids)), limit, total, next);
    }

    /** The total of a search whose candidates did not tell it: at least {@code atLeast}. */
    private PageTotal count(Source source, MeetingFilters filters, Visibility visibility, long atLeast) {
        SqlConditions count = conditions(new SqlConditions(), filters, visibility, source.columns());
        return totals.count("from " + source.from() + " where " + count.where(), count.parameters(), atLeast);
    }

    /**
     * Where a search reads. Without words: the meetings (a meeting's search row may not be written yet). With words:
     * the search rows, which carry what the visibility rule and the newest-first order read, joined to their meetings
     * only when a filter or an order reads those (PostgreSQL drops a left join nothing reads); joining every match
     * cost most of a common word's search.
     */
    private record Source(String from, String id, String created, Visibility.Columns columns) {
        static final Source MEETINGS = new Source("meeting m left join meeting_search s on s.meeting_id = m.id",
                "m.id", "m.created_at", Visibility.Columns.MEETING);
        static final Source SEARCH_ROWS = new Source("meeting_search s left join meeting m on m.id = s.meeting_id",
                "s.meeting_id", "s.created_at", Visibility.Columns.SEARCH_ROW);
    }

    /** The rank of a match: by what the caller may see of the meeting (one expression per visibility case). */
    private static String rank(SqlConditions select, SearchTerms terms, Visibility visibility,
                               Visibility.Columns columns) {
        String q = terms.tsquery();
        if (visibility.admin()) {
            return select.bind("ts_rank(s.document, " + QUERY + ")", q);
        }
        return select.bind("case when " + visibility.sql(columns) + " then ts_rank(s.document, " + QUERY + ")"
                + " else ts_rank(s.public_document, " + QUERY + ") end", visibility.with(q, q));
    }

    /** Adds the filters' conditions to {@code c}, numbering their parameters after those already bound there. */
    static SqlConditions conditions(SqlConditions c, MeetingFilters f, Visibility v, Visibility.Columns columns) {
        String visible = "(" + v.sql(columns) + ")";
        if (f.organizations() != null) {
            String in = SqlConditions.placeholders(f.organizations());
            Object[] orgs = f.organizations().toArray();
            c.add("m.organizer_id in (" + in + ") or (" + visible + " and exists (select 1 from meeting_participant p"
                            + " where p.meeting_id = m.id and (p.organization_id in (" + in
                            + ") or p.on_behalf_of_id in ("
                            + in + "))))",
                    concat(orgs, v.with(concat(orgs, orgs))));
        }
        if (f.person() != null) {
            // A merged person's meetings are the meetings of the person they were merged into, and the other way.
            c.add(visible + " and exists (select 1 from meeting_participant p where p.meeting_id = m.id"
                    + " and p.person_id in (" + PersonDirectory.SAME_PERSON + "))", v.with(f.person()));
        }
        if (f.from() != null) {
            c.add("m.date_end >= ?", f.from());
        }
        if (f.to() != null) {
            c.add("m.date_start <= ?", f.to());
        }
        if (f.kind() != null) {
            c.add("m.kind = ?", f.kind().code());
        }
        if (f.status() != null) {
            c.add("m.status = ?", f.status().code());
        }
        if (f.cityKey() != null) {
            c.add(visible + " and ? = any(s.city_keys)", v.with(f.cityKey()));
        }
        if (f.country() != null) {
            c.add(visible + " and m.country = ?", v.with(f.country()));
        }
        if (f.instrument() != null) {
            c.add(visible + " and m.instruments @> cast(? as jsonb)",
                    v.with("[{\"id\": \"" + f.instrument().replace("\"", "") + "\"}]"));
        }
        if (f.topicKey() != null) {
            c.add(visible + " and ? = any(s.topic_keys)", v.with(f.topicKey()));
        }
        if (f.terms() != null) {
            String q = f.terms().tsquery();
            if (v.admin()) {
                c.add("s.document @@ " + QUERY, q); // one index, not an OR the planner would scan for
            } else {
                c.add(visible + " and s.document @@ " + QUERY + " or s.public_document @@ " + QUERY, v.with(q, q));
            }
        }
        return c;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
