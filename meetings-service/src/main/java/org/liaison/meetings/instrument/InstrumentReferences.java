package org.liaison.meetings.instrument;

import org.liaison.meetings.model.InstrumentRef;
import org.liaison.sources.instruments.Instrument;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.sources.instruments.InstrumentResolution;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the free texts a request names instruments with («القرار ٢٢٥٤», "UNSC 2118", «بيان جنيف») into canonical
 * instruments, against the service's copy of the catalogue ({@link InstrumentCatalogue}). Each text is read on its
 * own so that one naming nothing known is refused by its own index ({@code instruments[2]}); an instrument named
 * twice is kept once.
 */
public final class InstrumentReferences {

    private InstrumentReferences() {
    }

    /** @throws ProblemException 422 naming the first text that names no known instrument */
    public static List<InstrumentRef> resolve(List<String> texts, InstrumentCatalogue catalogue) {
        Map<String, InstrumentRef> refs = new LinkedHashMap<>();
        if (texts == null) {
            return new ArrayList<>();
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).strip();
            // A canonical id (as the view shows it) stands for itself, so a meeting read and PUT back keeps them.
            InstrumentResolution resolution = catalogue.reference(text);
            if (resolution.resolved().isEmpty() || !resolution.unresolved().isEmpty()) {
                throw ProblemException.unprocessable("instruments[" + i + "]",
                        "«" + text + "» names no known instrument"
                        + (resolution.unresolved().isEmpty() ? ""
                                : " (" + String.join(", ", resolution.unresolved()) + ")")
                        + "; name it as a Security Council resolution with its number, a convention or a communiqué");
            }
            for (Instrument instrument : resolution.resolved()) {
                refs.putIfAbsent(instrument.id(),
                        new InstrumentRef(instrument.id(), instrument.kind(), instrument.nameAr(),
                        instrument.nameEn(), instrument.year(), text));
            }
        }
        return new ArrayList<>(refs.values());
    }
}
