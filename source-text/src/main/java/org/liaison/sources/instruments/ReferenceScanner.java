package org.liaison.sources.instruments;

import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the references in one text, in four passes over the folded text; a later pass never takes a
 * stretch of text an earlier one has claimed:
 * <ol>
 *   <li>catalogue instruments named in words: the built-in forms, then names and aliases (CEDAW, the Geneva
 *   Communiqué);</li>
 *   <li>explicit Security Council citations and the numbers after them (any number);</li>
 *   <li>resolution words and the catalogue numbers after them;</li>
 *   <li>named conventions, treaties and communiqués outside the catalogue (unresolved).</li>
 * </ol>
 */
final class ReferenceScanner {

    /** One finding: an instrument, or an unresolved fragment (instrument null), at a folded position. */
    private record Hit(int position, Instrument instrument, String fragment) {
    }

    private record Span(int start, int end) {
        boolean overlaps(int s, int e) {
            return s < end && start < e;
        }
    }

    /** One number of a list after a resolution word. */
    private record Cited(int start, int end, int number, Integer year) {
    }

    private final InstrumentCatalogue catalogue;
    private final Folded folded;
    private final String text;
    private final List<Span> claimed = new ArrayList<>();
    private final List<Hit> hits = new ArrayList<>();

    private ReferenceScanner(InstrumentCatalogue catalogue, String original) {
        this.catalogue = catalogue;
        this.folded = Folded.of(original);
        this.text = folded.text();
    }

    static InstrumentResolution scan(InstrumentCatalogue catalogue, String original) {
        if (original == null || original.isBlank()) {
            return InstrumentResolution.empty();
        }
        ReferenceScanner scanner = new ReferenceScanner(catalogue, original);
        scanner.run();
        return scanner.result();
    }

    private void run() {
        for (ReferencePatterns.Named named : catalogue.named()) {
            Matcher m = named.pattern().matcher(text);
            while (m.find()) {
                if (claim(m.start(), m.end())) {
                    hits.add(new Hit(m.start(), catalogue.entry(named.id()).orElseThrow().instrument(), null));
                }
            }
        }
        for (Pattern context : ReferencePatterns.EXPLICIT) {
            scanContext(context, true);
        }
        for (Pattern context : ReferencePatterns.GENERIC) {
            scanContext(context, false);
        }
        if (ReferencePatterns.LONE_NUMBER.matcher(text).matches() && claim(0, text.length())) {
            hits.add(new Hit(0, null, folded.originalOf(0, text.length())));
        }
        for (Pattern unknown : ReferencePatterns.UNKNOWN_NAMED) {
            Matcher m = unknown.matcher(text);
            while (m.find()) {
                if (claim(m.start(), m.end())) {
                    hits.add(new Hit(m.start(), null, folded.originalOf(m.start(ReferencePatterns.CORE), m.end())));
                }
            }
        }
    }

    private void scanContext(Pattern context, boolean explicit) {
        Matcher m = context.matcher(text);
        while (m.find()) {
            if (isClaimed(m.start(), m.end())) {
                continue;
            }
            List<Cited> list = numbersAfter(m.end());
            int end = list.isEmpty() ? m.end() : list.get(list.size() - 1).end();
            if (isClaimed(m.start(), end)) {
                continue;
            }
            if (list.isEmpty()) {
                if (explicit && ReferencePatterns.SINGULAR_CITATION.matcher(m.group()).find()) {
                    claim(m.start(), end);
                    hits.add(new Hit(m.start(), null, folded.originalOf(m.start(ReferencePatterns.CORE), end)));
                }
                continue;
            }
            claim(m.start(), end);
            for (int i = 0; i < list.size(); i++) {
                Cited cited = list.get(i);
                int position = i == 0 ? m.start() : cited.start();
                if (explicit) {
                    hits.add(new Hit(position, catalogue.explicitResolution(cited.number(), cited.year()), null));
                } else if (catalogue.resolution(cited.number()).isPresent()) {
                    hits.add(new Hit(position, catalogue.resolution(cited.number()).get(), null));
                } else if (i == 0) {
                    hits.add(new Hit(position, null, folded.originalOf(m.start(ReferencePatterns.CORE), cited.end())));
                }
            }
        }
    }

    /** The list of numbers right after a resolution word: «2118 و2254», "2118 (2013) and 2254". */
    private List<Cited> numbersAfter(int from) {
        List<Cited> list = new ArrayList<>();
        int at = from;
        while (true) {
            Matcher number = ReferencePatterns.NUMBER.matcher(text).region(at, text.length());
            if (!number.lookingAt() || (number.group(1) != null) != (number.group(3) != null)) {
                break;
            }
            int value = Integer.parseInt(number.group(2));
            int end = number.end();
            Integer year = null;
            Matcher y = ReferencePatterns.YEAR.matcher(text).region(end, text.length());
            if (y.lookingAt()) {
                int candidate = Integer.parseInt(firstNonNull(y.group(1), y.group(2), y.group(3)));
                if (candidate >= 1946 && candidate <= 2100) {
                    year = candidate;
                    end = y.end();
                }
            }
            list.add(new Cited(number.start(2), end, value, year));
            Matcher separator = ReferencePatterns.SEPARATOR.matcher(text).region(end, text.length());
            if (!separator.lookingAt()) {
                break;
            }
            at = separator.end();
        }
        return list;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        throw new IllegalStateException("no group matched");
    }

    private boolean isClaimed(int start, int end) {
        return claimed.stream().anyMatch(span -> span.overlaps(start, end));
    }

    private boolean claim(int start, int end) {
        if (isClaimed(start, end)) {
            return false;
        }
        claimed.add(new Span(start, end));
        return true;
    }

    private InstrumentResolution result() {
        hits.sort(Comparator.comparingInt(Hit::position));
        Map<String, Instrument> resolved = new LinkedHashMap<>();
        Map<String, String> unresolved = new LinkedHashMap<>();
        for (Hit hit : hits) {
            if (hit.instrument() != null) {
                merge(resolved, hit.instrument());
            } else if (!hit.fragment().isEmpty()) {
                unresolved.putIfAbsent(ArabicNames.searchKey(hit.fragment()), hit.fragment());
            }
        }
        return new InstrumentResolution(List.copyOf(resolved.values()), List.copyOf(unresolved.values()));
    }

    /** Adds an instrument once; a resolution first cited without its year takes it from a later citation. */
    static void merge(Map<String, Instrument> resolved, Instrument instrument) {
        Instrument known = resolved.get(instrument.id());
        if (known == null || (known.year() == null && instrument.year() != null)) {
            resolved.put(instrument.id(), instrument);
        }
    }
}
