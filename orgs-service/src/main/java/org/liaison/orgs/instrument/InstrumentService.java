package org.liaison.orgs.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.InstrumentState;
import org.liaison.sources.instruments.CatalogueEntry;
import org.liaison.sources.instruments.Instrument;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.support.http.Preconditions;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.liaison.support.text.Timestamps.now;

/**
 * The transaction boundary of catalogue changes: each change and its {@code instrument.*} event commit together. The
 * checks that read the catalogue run before anything is written.
 */
@ApplicationScoped
@Transactional
public class InstrumentService {

    private static final Pattern UNSC_ID = Pattern.compile("unsc-[1-9]\\d{0,3}");

    private final Outbox outbox;
    private final InstrumentCatalogues catalogues;

    public InstrumentService(Outbox outbox, InstrumentCatalogues catalogues) {
        this.outbox = outbox;
        this.catalogues = catalogues;
    }

    public InstrumentView register(InstrumentRequests.Register request) {
        CatalogueEntry entry = checked(request.id(), request.kind().strip(), request.nameAr().strip(),
                request.nameEn().strip(), request.year(), request.aliasesAr(), request.aliasesEn());
        if (CatalogueInstrument.findByInstrumentId(entry.id()) != null) {
            throw taken(entry.id());
        }
        CatalogueInstrument instrument = new CatalogueInstrument();
        instrument.id = InstrumentState.aggregateId(entry.id());
        instrument.instrumentId = entry.id();
        assign(entry, instrument);
        instrument.createdAt = now();
        instrument.updatedAt = instrument.createdAt;
        Inserts.persistNew(CatalogueInstrument.getEntityManager(), instrument, "instrument_pkey",
                () -> taken(entry.id()));
        outbox.append(EventTypes.INSTRUMENT_REGISTERED, AggregateTypes.INSTRUMENT, instrument::toState);
        return InstrumentView.of(instrument);
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public InstrumentView update(String id, String ifMatch, InstrumentRequests.Update request) {
        CatalogueInstrument instrument = require(id);
        Preconditions.requireIfMatch(ifMatch, instrument.version);
        CatalogueEntry entry = checked(instrument.instrumentId,
                request.kind() == null ? instrument.kind : request.kind().strip(),
                request.nameAr() == null ? instrument.nameAr : request.nameAr().strip(),
                request.nameEn() == null ? instrument.nameEn : request.nameEn().strip(),
                request.year() == null ? instrument.year : request.year(),
                request.aliasesAr() == null ? instrument.aliasesAr : request.aliasesAr(),
                request.aliasesEn() == null ? instrument.aliasesEn : request.aliasesEn());
        if (!entry.equals(instrument.toEntry())) {
            assign(entry, instrument);
            instrument.updatedAt = now();
            outbox.append(EventTypes.INSTRUMENT_UPDATED, AggregateTypes.INSTRUMENT, instrument::toState);
        }
        return InstrumentView.of(instrument);
    }

    /**
     * Registers a seed entry unless its id is in the catalogue already (registered by an earlier start, by another
     * instance starting now, or changed since by an admin, whose change stands).
     *
     * @return whether it was registered now
     */
    public boolean registerUnlessPresent(CatalogueEntry entry) {
        int inserted = CatalogueInstrument.getEntityManager().createNativeQuery("""
                        insert into instrument (id, instrument_id, version, kind, name_ar, name_en, year, aliases_ar,
                            aliases_en, created_at, updated_at)
                        values (?1, ?2, 0, ?3, ?4, ?5, cast(?6 as integer), cast(?7 as text[]), cast(?8 as text[]),
                            now(), now())
                        on conflict do nothing""")
                .setParameter(1, InstrumentState.aggregateId(entry.id()))
                .setParameter(2, entry.id())
                .setParameter(3, entry.instrument().kind())
                .setParameter(4, entry.instrument().nameAr())
                .setParameter(5, entry.instrument().nameEn())
                .setParameter(6, entry.instrument().year())
                .setParameter(7, entry.aliasesAr().toArray(String[]::new))
                .setParameter(8, entry.aliasesEn().toArray(String[]::new))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        CatalogueInstrument instrument = CatalogueInstrument.findByInstrumentId(entry.id());
        outbox.append(EventTypes.INSTRUMENT_REGISTERED, AggregateTypes.INSTRUMENT, instrument::toState);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentView get(String id) {
        return InstrumentView.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentView> list(int limit, String cursor) {
        KeysetQuery query = KeysetQuery.oldestFirst(cursor);
        KeysetQuery.Clause count = query.count();
        long total = CatalogueInstrument.count(count.text(), count.parameterArray());
        KeysetQuery.Clause page = query.page();
        List<CatalogueInstrument> rows = CatalogueInstrument.<CatalogueInstrument>find(page.text(),
                page.parameterArray()).page(0, limit + 1).list();
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id),
                InstrumentView::of);
    }

    private static CatalogueInstrument require(String id) {
        CatalogueInstrument instrument = CatalogueInstrument.findByInstrumentId(id);
        if (instrument == null) {
            throw ProblemException.notFound("instrument", id);
        }
        return instrument;
    }

    /** The entry these values make, refused (400 or 409, naming the field) where they cannot stand. */
    private CatalogueEntry checked(String id, String kind, String nameAr, String nameEn, Integer year,
                                   List<String> aliasesAr, List<String> aliasesEn) {
        if (!Instrument.KINDS.contains(kind)) {
            throw ProblemException.badRequest("kind", "must be one of " + String.join(", ", Instrument.KINDS));
        }
        boolean unscId = UNSC_ID.matcher(id).matches();
        if (unscId && !Instrument.UNSC_RESOLUTION.equals(kind)) {
            throw ProblemException.badRequest("kind", "an id unsc-NNNN is a Security Council resolution: "
                    + Instrument.UNSC_RESOLUTION);
        }
        if (!unscId && Instrument.UNSC_RESOLUTION.equals(kind)) {
            throw ProblemException.badRequest("id", "a Security Council resolution's id is unsc- and its number");
        }
        if (!hasArabic(nameAr)) {
            throw ProblemException.badRequest("nameAr", "must be written in Arabic script");
        }
        CatalogueEntry entry = new CatalogueEntry(new Instrument(id, kind, nameAr, nameEn, year),
                aliases("aliasesAr", aliasesAr, true), aliases("aliasesEn", aliasesEn, false));
        requireAliasesFree(entry);
        return entry;
    }

    /** The aliases stripped, each once, in order; one that could never be recognised is refused. */
    private static List<String> aliases(String field, List<String> given, boolean arabic) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        if (given == null) {
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            String alias = given.get(i).strip();
            if (!InstrumentCatalogue.isRecognisable(alias)) {
                throw ProblemException.badRequest(field + "[" + i + "]",
                        "needs a letter: a bare number would make every such number a reference");
            }
            if (arabic != hasArabic(alias)) {
                throw ProblemException.badRequest(field + "[" + i + "]", arabic ? "must be written in Arabic script"
                        : "must not be written in Arabic script (put it in aliasesAr)");
            }
            aliases.add(alias);
        }
        return new ArrayList<>(aliases);
    }

    /** An alias that already names another instrument would make the texts that say it ambiguous: 409. */
    private void requireAliasesFree(CatalogueEntry entry) {
        InstrumentCatalogue others = InstrumentCatalogue.of(catalogues.current().entries().stream()
                .filter(other -> !other.id().equals(entry.id())).toList());
        checkFree(others, entry, "aliasesAr", entry.aliasesAr());
        checkFree(others, entry, "aliasesEn", entry.aliasesEn());
    }

    private static void checkFree(InstrumentCatalogue others, CatalogueEntry entry, String field,
                                  List<String> aliases) {
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i);
            List<String> named = others.resolve(alias).ids().stream()
                    .filter(id -> !Objects.equals(id, entry.id())).toList();
            if (!named.isEmpty()) {
                throw ProblemException.conflict("«" + alias + "» already names " + named.get(0),
                        new Problem.FieldError(field + "[" + i + "]", "already names " + named.get(0)),
                        Map.of("existingId", named.get(0)));
            }
        }
    }

    private static void assign(CatalogueEntry entry, CatalogueInstrument instrument) {
        instrument.kind = entry.instrument().kind();
        instrument.nameAr = entry.instrument().nameAr();
        instrument.nameEn = entry.instrument().nameEn();
        instrument.year = entry.instrument().year();
        instrument.aliasesAr = new ArrayList<>(entry.aliasesAr());
        instrument.aliasesEn = new ArrayList<>(entry.aliasesEn());
    }

    private static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    private static ProblemException taken(String id) {
        return ProblemException.conflict("instrument " + id + " is already in the catalogue",
                new Problem.FieldError("id", "is taken"), Map.of("existingId", id));
    }
}
