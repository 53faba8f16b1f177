package org.liaison.sources.instruments;

import java.util.List;
import java.util.Optional;

/**
 * The international instruments a source refers to, against the seed catalogue
 * ({@link InstrumentCatalogue#seed()}): UN Security Council resolutions, conventions, communiqués, declarations, in
 * Arabic or English. A service that holds its catalogue as data resolves against its own {@link InstrumentCatalogue}
 * instead. Pure, thread-safe, no state. See the module README for the rules.
 *
 * <pre>{@code
 * Instruments.resolve("وفق القرارات الدولية وخاصة بيان جنيف والقرارات الدولية 2118 و2254").ids();
 * // [geneva-communique, unsc-2118, unsc-2254]
 * }</pre>
 */
public final class Instruments {

    private Instruments() {
    }

    /** {@link InstrumentCatalogue#resolve} against the seed catalogue. */
    public static InstrumentResolution resolve(String text) {
        return InstrumentCatalogue.seed().resolve(text);
    }

    /** {@link InstrumentCatalogue#resolveAll} against the seed catalogue. */
    public static InstrumentResolution resolveAll(List<String> texts) {
        return InstrumentCatalogue.seed().resolveAll(texts);
    }

    /** {@link InstrumentCatalogue#byId} in the seed catalogue. */
    public static Optional<Instrument> byId(String id) {
        return InstrumentCatalogue.seed().byId(id);
    }

    /** The seed instruments, in a fixed order. */
    public static List<Instrument> catalogue() {
        return InstrumentCatalogue.seed().instruments();
    }
}
