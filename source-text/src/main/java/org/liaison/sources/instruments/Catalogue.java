package org.liaison.sources.instruments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The instruments the project knows by name and year. */
final class Catalogue {

    static final String CEDAW = "cedaw";
    static final String GENEVA_COMMUNIQUE = "geneva-communique";

    private static final Map<String, Instrument> BY_ID = new LinkedHashMap<>();

    static {
        add(new Instrument("unsc-2254", Instrument.UNSC_RESOLUTION, "قرار مجلس الأمن رقم 2254",
                "UN Security Council Resolution 2254", 2015));
        add(new Instrument("unsc-2118", Instrument.UNSC_RESOLUTION, "قرار مجلس الأمن رقم 2118",
                "UN Security Council Resolution 2118", 2013));
        add(new Instrument("unsc-1325", Instrument.UNSC_RESOLUTION, "قرار مجلس الأمن رقم 1325",
                "UN Security Council Resolution 1325", 2000));
        add(new Instrument(CEDAW, Instrument.CONVENTION,
                "اتفاقية القضاء على جميع أشكال التمييز ضد المرأة (سيداو)",
                "Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)", 1979));
        add(new Instrument(GENEVA_COMMUNIQUE, Instrument.COMMUNIQUE, "بيان جنيف",
                "Geneva Communiqué", 2012));
    }

    private Catalogue() {
    }

    private static void add(Instrument instrument) {
        BY_ID.put(instrument.id(), instrument);
    }

    static List<Instrument> all() {
        return List.copyOf(BY_ID.values());
    }

    static Optional<Instrument> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The catalogue resolution with this number, if any. */
    static Optional<Instrument> resolution(int number) {
        return byId("unsc-" + number);
    }

    /**
     * A Security Council resolution cited explicitly as such: the catalogue entry, or one built from
     * the number and the year the text gives.
     */
    static Instrument explicitResolution(int number, Integer year) {
        return resolution(number).orElseGet(() -> Instrument.unsc(number, year));
    }
}
