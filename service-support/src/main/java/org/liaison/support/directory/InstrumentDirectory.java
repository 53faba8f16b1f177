package org.liaison.support.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.InstrumentState;
import org.liaison.sources.instruments.CatalogueEntry;
import org.liaison.sources.instruments.Instrument;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.support.inbox.IdempotentConsumer;

import java.util.List;

/**
 * The local copy of orgs-service's instrument catalogue that meetings-service and recommendations-service keep from
 * {@code orgs.events} (migration location {@code db/organization-directory}), and the {@link InstrumentCatalogue}
 * they resolve free text with: the seed, with every instrument received in place of the seed entry of its id. Each
 * event carries the full state, so applying one is an upsert that only a newer version wins.
 */
@ApplicationScoped
public class InstrumentDirectory {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    /** The rows a catalogue was built from, and the catalogue. */
    private record Built(List<CatalogueEntry> rows, InstrumentCatalogue catalogue) {
    }

    /** The last catalogue built, reused while the rows read are the same: building one compiles every alias. */
    private volatile Built built = new Built(List.of(), InstrumentCatalogue.seed());

    public InstrumentDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The effect of one event of {@code orgs.events}: instruments only, the organisations are someone else's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvent(EventEnvelope event) {
        if (event.type().startsWith(AggregateTypes.INSTRUMENT + ".")) {
            apply(IdempotentConsumer.data(event, InstrumentState.class));
        }
    }

    /** @return whether the state was newer than the row */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(InstrumentState state) {
        return entityManager.createNativeQuery("""
                        insert into directory_instrument (instrument_id, version, kind, name_ar, name_en, year,
                            aliases_ar, aliases_en, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as integer), cast(?7 as jsonb), cast(?8 as jsonb), now())
                        on conflict (instrument_id) do update set version = excluded.version, kind = excluded.kind,
                            name_ar = excluded.name_ar, name_en = excluded.name_en, year = excluded.year,
                            aliases_ar = excluded.aliases_ar, aliases_en = excluded.aliases_en, updated_at = now()
                        where directory_instrument.version < excluded.version""")
                .setParameter(1, state.instrumentId())
                .setParameter(2, state.version())
                .setParameter(3, state.kind())
                .setParameter(4, state.nameAr())
                .setParameter(5, state.nameEn())
                .setParameter(6, state.year())
                .setParameter(7, json(state.aliasesAr()))
                .setParameter(8, json(state.aliasesEn()))
                .executeUpdate() > 0;
    }

    /** The catalogue to resolve with now: the seed, overlaid with every instrument received. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentCatalogue catalogue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select instrument_id, kind, name_ar, name_en, year, cast(aliases_ar as text),
                            cast(aliases_en as text)
                        from directory_instrument order by instrument_id""")
                .getResultList();
        List<CatalogueEntry> entries = rows.stream().map(InstrumentDirectory::entry).toList();
        Built last = built;
        if (last.rows().equals(entries)) {
            return last.catalogue();
        }
        Built now = new Built(entries, InstrumentCatalogue.seed().with(entries));
        built = now;
        return now.catalogue();
    }

    private static CatalogueEntry entry(Object[] row) {
        Instrument instrument = new Instrument((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                row[4] == null ? null : ((Number) row[4]).intValue());
        return new CatalogueEntry(instrument, strings((String) row[5]), strings((String) row[6]));
    }

    private static List<String> strings(String json) {
        try {
            return EventJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("directory_instrument holds aliases that are not a JSON list", e);
        }
    }

    private static String json(List<String> values) {
        try {
            return EventJson.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
