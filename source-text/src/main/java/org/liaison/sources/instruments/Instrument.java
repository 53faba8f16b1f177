package org.liaison.sources.instruments;

import java.util.List;
import java.util.Objects;

/**
 * An international instrument a source refers to.
 *
 * @param id     stable id: {@code unsc-2254}, {@code cedaw}, {@code geneva-communique}, ...
 * @param kind   one of {@link #KINDS}
 * @param nameAr Arabic name
 * @param nameEn English name
 * @param year   year of adoption, or {@code null} when unknown (a resolution outside the catalogue
 *               cited without its year)
 */
public record Instrument(String id, String kind, String nameAr, String nameEn, Integer year) {

    /** A UN Security Council resolution; its id is {@code unsc-NNNN}, and only its id is. */
    public static final String UNSC_RESOLUTION = "unsc_resolution";
    /** A resolution of another body (the General Assembly, the Human Rights Council). */
    public static final String RESOLUTION = "resolution";
    /** A convention, covenant or treaty. */
    public static final String CONVENTION = "convention";
    public static final String COMMUNIQUE = "communique";
    public static final String DECLARATION = "declaration";
    public static final String LAW = "law";

    /** Every kind, as the API and the events write it. */
    public static final List<String> KINDS = List.of(UNSC_RESOLUTION, RESOLUTION, CONVENTION, COMMUNIQUE,
            DECLARATION, LAW);

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameAr, "nameAr");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    /** A UN Security Council resolution by its number, e.g. {@code unsc(2254, 2015)}. */
    static Instrument unsc(int number, Integer year) {
        return new Instrument("unsc-" + number, UNSC_RESOLUTION, "قرار مجلس الأمن رقم " + number,
                "UN Security Council Resolution " + number, year);
    }

    /** The number of a Security Council resolution, or -1 for any other kind. */
    public int resolutionNumber() {
        return UNSC_RESOLUTION.equals(kind) ? Integer.parseInt(id.substring("unsc-".length())) : -1;
    }
}
