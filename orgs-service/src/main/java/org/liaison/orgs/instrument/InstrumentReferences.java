package org.liaison.orgs.instrument;

import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.sources.instruments.InstrumentResolution;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns the instrument references a client sent with an organisation (ids as the views show them, or free text as
 * for meetings: «القرار 1325», «سيداو») into catalogue ids, each once, in order of first mention.
 */
public final class InstrumentReferences {

    private InstrumentReferences() {
    }

    /** @throws ProblemException 422 naming {@code field[i]} for a reference that names no known instrument */
    public static List<String> ids(String field, List<String> references, InstrumentCatalogue catalogue) {
        if (references == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            InstrumentResolution one = catalogue.reference(reference);
            if (one.resolved().isEmpty() || !one.unresolved().isEmpty()) {
                throw ProblemException.unprocessable(field + "[" + i + "]", "«" + reference.strip()
                        + "» names no instrument of the catalogue (GET /instruments); cite it by id (unsc-1325, "
                        + "cedaw) or as the text says it («القرار 1325», «سيداو»)");
            }
            ids.addAll(one.ids());
        }
        return new ArrayList<>(ids);
    }
}
