package org.liaison.orgs.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.sources.instruments.CatalogueEntry;
import org.liaison.sources.instruments.InstrumentCatalogue;

import java.util.List;

/**
 * The catalogue as it stands, to resolve free text with: the seed, with every stored instrument in place of the seed
 * entry of its id (the seed is stored at startup, so this only matters before that has run).
 */
@ApplicationScoped
public class InstrumentCatalogues {

    /** The rows a catalogue was built from, and the catalogue. */
    private record Built(List<CatalogueEntry> rows, InstrumentCatalogue catalogue) {
    }

    /** The last catalogue built, reused while the rows read are the same: building one compiles every alias. */
    private volatile Built built = new Built(List.of(), InstrumentCatalogue.seed());

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentCatalogue current() {
        List<CatalogueEntry> rows = CatalogueInstrument.<CatalogueInstrument>list("order by createdAt, id").stream()
                .map(CatalogueInstrument::toEntry).toList();
        Built last = built;
        if (last.rows().equals(rows)) {
            return last.catalogue();
        }
        Built now = new Built(rows, InstrumentCatalogue.seed().with(rows));
        built = now;
        return now.catalogue();
    }
}
