package org.liaison.meetings.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.PersonState;
import org.liaison.support.inbox.IdempotentConsumer;
import org.liaison.support.text.SearchText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * meetings-service's read of orgs-service's people ({@code directory_person}), kept from the {@code person.*} events
 * of {@code orgs.events}. Each event carries the full state, so applying one is an upsert that only a newer version
 * wins: a redelivered or stale event changes nothing. Meetings keep the person ids they were given; what follows a
 * merge is the search for a person's meetings ({@link #SAME_PERSON}).
 */
@ApplicationScoped
public class PersonDirectory {

    /**
     * SQL for the ids that name the same person as the one parameter it binds: the person the id resolves to (the
     * end of its chain of merges) and every record merged into that one, directly or through others. An id the
     * directory has not heard of names only itself.
     */
    public static final String SAME_PERSON = """
            with recursive resolved(id) as (
                select cast(? as uuid)
                union
                select d.merged_into from directory_person d join resolved r on d.id = r.id
                where d.merged_into is not null),
            same(id) as (
                select r.id from resolved r where not exists (select 1 from directory_person d
                    where d.id = r.id and d.merged_into is not null)
                union
                select d.id from directory_person d join same s on d.merged_into = s.id)
            select id from same""";

    /** A person as the directory holds them. */
    public record Entry(UUID id, long version, String nameAr, String nameEn, UUID mergedInto) {
    }

    private final EntityManager entityManager;

    public PersonDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The effect of one event of {@code orgs.events}: people only, the rest is someone else's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(EventEnvelope event) {
        if (event.type().startsWith(AggregateTypes.PERSON + ".")) {
            apply(IdempotentConsumer.data(event, PersonState.class));
        }
    }

    /** @return whether the state was newer than the row */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(PersonState state) {
        return entityManager.createNativeQuery("""
                        insert into directory_person (id, version, name_ar, name_en, merged_into, search_text,
                                                      updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (id) do update set version = excluded.version, name_ar = excluded.name_ar,
                            name_en = excluded.name_en, merged_into = excluded.merged_into,
                            search_text = excluded.search_text, updated_at = now()
                        where directory_person.version < excluded.version""")
                .setParameter(1, state.id())
                .setParameter(2, state.version())
                .setParameter(3, state.nameAr())
                .setParameter(4, state.nameEn())
                .setParameter(5, state.mergedInto())
                .setParameter(6, searchText(state))
                .executeUpdate() > 0;
    }

    /** Every name the person is known by, folded: what a search for their statements finds them by. */
    static String searchText(PersonState state) {
        List<String> names = new ArrayList<>(Arrays.asList(state.nameAr(), state.nameEn()));
        state.otherNames().forEach(other -> names.add(other.name()));
        return SearchText.of(names);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Entry> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, version, name_ar, name_en, merged_into from directory_person where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Entry((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (UUID) r[4]));
    }
}
