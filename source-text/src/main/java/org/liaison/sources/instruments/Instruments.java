package org.liaison.sources.instruments;

import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The international instruments a source refers to: UN Security Council resolutions, conventions,
 * communiqués, in Arabic or English. Pure, thread-safe, no state. See the module README for the rules.
 *
 * <pre>{@code
 * Instruments.resolve("وفق القرارات الدولية وخاصة بيان جنيف والقرارات الدولية 2118 و2254").ids();
 * // [geneva-communique, unsc-2118, unsc-2254]
 * }</pre>
 */
public final class Instruments {

    private static final Pattern UNSC_ID = Pattern.compile("unsc-([1-9]\\d{0,3})");

    private Instruments() {
    }

    /**
     * Every instrument the text refers to, in order of first appearance, each once; and the
     * reference-like fragments it could not resolve. {@code null} or blank gives an empty resolution.
     */
    public static InstrumentResolution resolve(String text) {
        return ReferenceScanner.scan(text);
    }

    /**
     * Each text resolved on its own (e.g. the reference strings a client sent), then merged: the
     * instruments in order of first appearance across the texts, each once; likewise the fragments.
     * {@code null} texts are skipped; a {@code null} list gives an empty resolution.
     */
    public static InstrumentResolution resolveAll(List<String> texts) {
        if (texts == null) {
            return InstrumentResolution.empty();
        }
        Map<String, Instrument> resolved = new LinkedHashMap<>();
        Map<String, String> unresolved = new LinkedHashMap<>();
        for (String text : texts) {
            InstrumentResolution one = resolve(text);
            one.resolved().forEach(instrument -> ReferenceScanner.merge(resolved, instrument));
            one.unresolved().forEach(f -> unresolved.putIfAbsent(ArabicNames.searchKey(f), f));
        }
        return new InstrumentResolution(new ArrayList<>(resolved.values()), new ArrayList<>(unresolved.values()));
    }

    /**
     * The instrument with this id: a catalogue entry, or for {@code unsc-NNNN} outside the catalogue a
     * resolution built from the number (year unknown). Anything else is empty.
     */
    public static Optional<Instrument> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Instrument> known = Catalogue.byId(id);
        if (known.isPresent()) {
            return known;
        }
        Matcher m = UNSC_ID.matcher(id);
        return m.matches() ? Optional.of(Instrument.unsc(Integer.parseInt(m.group(1)), null)) : Optional.empty();
    }

    /** The instruments known by name and year, in a fixed order. */
    public static List<Instrument> catalogue() {
        return Catalogue.all();
    }
}
