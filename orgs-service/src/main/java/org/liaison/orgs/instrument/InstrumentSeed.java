package org.liaison.orgs.instrument;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.liaison.sources.instruments.CatalogueEntry;
import org.liaison.sources.instruments.InstrumentCatalogue;

/**
 * Registers source-text's seed instruments at startup, each once (with its {@code instrument.registered} event), so
 * that the catalogue is data from the first start on: an admin's later change to a seed instrument stands.
 */
@ApplicationScoped
public class InstrumentSeed {

    private static final Logger LOG = Logger.getLogger(InstrumentSeed.class);

    private final InstrumentService service;

    public InstrumentSeed(InstrumentService service) {
        this.service = service;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        int registered = 0;
        for (CatalogueEntry entry : InstrumentCatalogue.seed().entries()) {
            if (service.registerUnlessPresent(entry)) {
                registered++;
            }
        }
        if (registered > 0) {
            LOG.infof("Registered %d seed instruments", registered);
        }
    }
}
