package org.liaison.recommendations.instruments;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.recommendations.model.InstrumentRef;
import org.liaison.sources.instruments.Instrument;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.sources.instruments.InstrumentResolution;
import org.liaison.support.directory.InstrumentDirectory;
import org.liaison.support.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the instrument references a client sent («القرار 2254», "UNSC 2254", {@code unsc-2254}) into instruments
 * with the shared resolver, against this service's copy of orgs-service's catalogue; a reference that names none is
 * refused, naming the element at fault.
 */
@ApplicationScoped
public class InstrumentCheck {

    private final InstrumentDirectory directory;

    public InstrumentCheck(InstrumentDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param field the JSON path of the list, e.g. {@code instruments} or {@code recommendations[2].instruments}
     * @return each instrument once, in order of first mention
     * @throws ProblemException 422 naming {@code field[i]} for a reference that resolves to no instrument
     */
    public List<InstrumentRef> resolve(String field, List<String> references) {
        InstrumentCatalogue catalogue = directory.catalogue();
        Map<String, InstrumentRef> resolved = new LinkedHashMap<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            InstrumentResolution one = catalogue.reference(reference);
            if (!one.unresolved().isEmpty() || one.resolved().isEmpty()) {
                String what = one.unresolved().isEmpty() ? "«" + reference + "»" : "«" + one.unresolved().get(0) + "»";
                throw ProblemException.unprocessable(field + "[" + i + "]",
                        what + " names no known international instrument (e.g. «القرار 2254», UNSC 2118, cedaw)");
            }
            one.resolved().forEach(instrument -> resolved.putIfAbsent(instrument.id(), of(instrument)));
        }
        return List.copyOf(resolved.values());
    }

    /** The canonical id of one reference, for a filter; empty when it names no instrument. */
    public Optional<String> idOf(String reference) {
        InstrumentResolution one = directory.catalogue().reference(reference);
        return one.resolved().size() == 1 && one.unresolved().isEmpty()
                ? Optional.of(one.resolved().get(0).id()) : Optional.empty();
    }

    private static InstrumentRef of(Instrument instrument) {
        return new InstrumentRef(instrument.id(), instrument.kind(), instrument.nameAr(), instrument.nameEn(),
                instrument.year());
    }
}
