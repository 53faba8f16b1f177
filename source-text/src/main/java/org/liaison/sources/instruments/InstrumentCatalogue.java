package org.liaison.sources.instruments;

import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instruments a service knows by name, as data: each service builds one from the entries it holds (orgs-service
 * from its table, the others from their copy of it) and resolves free text against it, so that an alias added
 * anywhere applies wherever the entry arrives. Immutable and thread-safe; building one compiles its aliases, so a
 * service keeps it while its entries stay the same.
 *
 * <pre>{@code
 * InstrumentCatalogue.seed().resolve("وفق القرارات الدولية وخاصة بيان جنيف والقرارات الدولية 2118 و2254").ids();
 * // [geneva-communique, unsc-2118, unsc-2254]
 * }</pre>
 */
public final class InstrumentCatalogue {

    static final String CEDAW = "cedaw";
    static final String GENEVA_COMMUNIQUE = "geneva-communique";

    private static final Pattern UNSC_ID = Pattern.compile("unsc-([1-9]\\d{0,3})");

    private static final InstrumentCatalogue SEED = of(SeedInstruments.ENTRIES);

    private final Map<String, CatalogueEntry> byId = new LinkedHashMap<>();
    private final List<ReferencePatterns.Named> named = new ArrayList<>();

    private InstrumentCatalogue(Collection<CatalogueEntry> entries) {
        entries.forEach(entry -> byId.put(entry.id(), entry));
        for (ReferencePatterns.Named builtIn : ReferencePatterns.BUILT_IN) {
            if (byId.containsKey(builtIn.id())) {
                named.add(builtIn);
            }
        }
        record Alias(String id, String folded, Pattern pattern) {
        }
        List<Alias> aliases = new ArrayList<>();
        for (CatalogueEntry entry : byId.values()) {
            for (String alias : wordsOf(entry)) {
                ReferencePatterns.alias(alias).ifPresent(pattern -> aliases.add(
                        new Alias(entry.id(), ArabicNames.searchKey(alias), pattern)));
            }
        }
        // The longest alias first, so that «بيان جنيف 1» is one mention, not «بيان جنيف» and a stray number.
        aliases.sort(Comparator.comparingInt((Alias a) -> -a.folded().length()));
        aliases.forEach(alias -> named.add(new ReferencePatterns.Named(alias.id(), alias.pattern())));
    }

    /** An entry's names and aliases as recognised in text; a Security Council resolution's names are cited. */
    private static List<String> wordsOf(CatalogueEntry entry) {
        List<String> words = new ArrayList<>();
        if (!Instrument.UNSC_RESOLUTION.equals(entry.instrument().kind())) {
            words.add(entry.instrument().nameAr());
            words.add(entry.instrument().nameEn());
        }
        words.addAll(entry.aliasesAr());
        words.addAll(entry.aliasesEn());
        return words;
    }

    /** A catalogue of these entries, in this order; a later entry with the id of an earlier one replaces it. */
    public static InstrumentCatalogue of(Collection<CatalogueEntry> entries) {
        return new InstrumentCatalogue(entries);
    }

    /**
     * The instruments every service starts with: UN Security Council resolutions 2254, 2118, 1325, 2139 and 2165,
     * CEDAW, the Geneva Communiqué, the Universal Declaration of Human Rights and the ICCPR.
     */
    public static InstrumentCatalogue seed() {
        return SEED;
    }

    /** This catalogue with these entries added, each replacing the entry of the same id in place. */
    public InstrumentCatalogue with(Collection<CatalogueEntry> entries) {
        Map<String, CatalogueEntry> merged = new LinkedHashMap<>(byId);
        entries.forEach(entry -> merged.put(entry.id(), entry));
        return new InstrumentCatalogue(merged.values());
    }

    /** The entries, in order. */
    public List<CatalogueEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** The instruments, in order. */
    public List<Instrument> instruments() {
        return byId.values().stream().map(CatalogueEntry::instrument).toList();
    }

    public Optional<CatalogueEntry> entry(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The instrument with this id: a catalogue entry, or for {@code unsc-NNNN} outside the catalogue a resolution
     * built from the number (year unknown). Anything else is empty.
     */
    public Optional<Instrument> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Instrument> known = entry(id).map(CatalogueEntry::instrument);
        if (known.isPresent()) {
            return known;
        }
        Matcher m = UNSC_ID.matcher(id);
        return m.matches() ? Optional.of(Instrument.unsc(Integer.parseInt(m.group(1)), null)) : Optional.empty();
    }

    /**
     * Every instrument the text refers to, in order of first appearance, each once; and the reference-like
     * fragments it could not resolve. {@code null} or blank gives an empty resolution.
     */
    public InstrumentResolution resolve(String text) {
        return ReferenceScanner.scan(this, text);
    }

    /**
     * Each text resolved on its own (e.g. the reference strings a client sent), then merged: the instruments in
     * order of first appearance across the texts, each once; likewise the fragments. {@code null} texts are
     * skipped; a {@code null} list gives an empty resolution.
     */
    public InstrumentResolution resolveAll(List<String> texts) {
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
     * One reference a client sent: an id as the views show it stands for itself (so a record read and sent back
     * keeps its instruments), anything else is read as free text.
     */
    public InstrumentResolution reference(String reference) {
        if (reference == null) {
            return InstrumentResolution.empty();
        }
        return byId(reference.strip()).map(known -> new InstrumentResolution(List.of(known), List.of()))
                .orElseGet(() -> resolve(reference));
    }

    /**
     * Whether an alias could ever be recognised: it needs a letter, since a bare number would make every
     * number in a text a reference.
     */
    public static boolean isRecognisable(String alias) {
        return alias != null && ReferencePatterns.alias(alias).isPresent();
    }

    /** The patterns of pass 1: the built-in forms of the instruments held, then every alias, longest first. */
    List<ReferencePatterns.Named> named() {
        return named;
    }

    /** The catalogue resolution with this number, if any. */
    Optional<Instrument> resolution(int number) {
        return entry("unsc-" + number).map(CatalogueEntry::instrument);
    }

    /**
     * A Security Council resolution cited explicitly as such: the catalogue entry, or one built from the number
     * and the year the text gives.
     */
    Instrument explicitResolution(int number, Integer year) {
        return resolution(number).orElseGet(() -> Instrument.unsc(number, year));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstrumentCatalogue other && entries().equals(other.entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }
}
