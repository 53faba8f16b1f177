package org.liaison.intake;

import org.liaison.intake.Draft.Match;
import org.liaison.intake.Tokens.Reading;
import org.liaison.intake.Tokens.Token;
import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organisations and people of an article: every run of words (up to {@link #MAX_WORDS}, within a clause,
 * the first word also read without its attached particles) whose compact key is a registered name, longest first;
 * then quoted names after a word that says what they are («منظمة “بيتنا”»), matched or proposed as new; people after
 * an honorific, matched or proposed; and later mentions of a person by the last two words of their name.
 */
final class Mentions {

    static final int MAX_WORDS = 10;

    /** A run of words that names a record, or a proposed one. */
    record Mention(int from, int to, Span span, String asWritten, List<Match> matches, String key) {
    }

    /** The words before a quoted name that make it an organisation's, and the kind each says. */
    private static final Map<String, String> TRIGGERS = new LinkedHashMap<>();

    static {
        TRIGGERS.put("منظمه", "civil_society_organization");
        TRIGGERS.put("مؤسسه", "civil_society_organization");
        TRIGGERS.put("جمعيه", "civil_society_organization");
        TRIGGERS.put("شبكه", "civil_society_organization");
        TRIGGERS.put("مركز", "civil_society_organization");
        TRIGGERS.put("مبادره", "initiative");
        TRIGGERS.put("منصه", "platform");
        TRIGGERS.put("حزب", "political_party");
        TRIGGERS.put("تيار", "political_party");
        TRIGGERS.put("حركه", "political_party");
        TRIGGERS.put("اتحاد", "coalition");
        TRIGGERS.put("تحالف", "coalition");
        TRIGGERS.put("رابطه", "coalition");
        TRIGGERS.put("تجمع", "coalition");
        TRIGGERS.put("ل", null);
    }

    /** The first word of a name and the kind it says, for a proposed organisation. */
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("منظمه", "civil_society_organization"), Map.entry("وحده", "civil_society_organization"),
            Map.entry("مبادره", "initiative"), Map.entry("منصه", "platform"), Map.entry("مجلس", "council"),
            Map.entry("المجلس", "council"), Map.entry("هيئه", "department"), Map.entry("مكتب", "office"),
            Map.entry("دائره", "department"), Map.entry("التحالف", "coalition"), Map.entry("الائتلاف", "coalition"),
            Map.entry("اداره", "administration"), Map.entry("الاداره", "administration"),
            Map.entry("حزب", "political_party"));

    private static final Set<String> HONORIFICS = Set.of("د", "الدكتور", "الدكتوره", "دكتور", "السيد", "السيده",
            "الاستاذ", "الاستاذه", "المهندس", "المهندسه", "الشيخ");

    private static final Pattern QUOTED = Pattern.compile("[“”\"«»]([^“”\"«»\\n]{1,80})[“”\"«»]");

    private final Tokens tokens;
    private final Directory directory;
    final List<Mention> organizations = new ArrayList<>();
    final Map<Mention, String> proposedKinds = new LinkedHashMap<>();
    final List<Mention> people = new ArrayList<>();
    final Map<Mention, String> honorifics = new LinkedHashMap<>();
    private final boolean[] claimed;
    private final Map<String, List<Directory.Entry>> organizationIndex = new HashMap<>();
    private final Map<String, List<Directory.Entry>> peopleIndex = new HashMap<>();
    private final Set<String> asked = new HashSet<>();

    Mentions(Tokens tokens, Directory directory) {
        this.tokens = tokens;
        this.directory = directory;
        this.claimed = new boolean[tokens.size()];
        scanRegistered();
        scanQuoted();
        scanHonorifics();
        scanLaterMentions();
        scanDistributed();
        organizations.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        people.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    }

    private void scanRegistered() {
        List<List<Candidate>> candidates = new ArrayList<>(tokens.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Candidate> at = candidatesAt(i);
            candidates.add(at);
            at.forEach(c -> keys.add(c.key()));
        }
        fetch(keys);
        int i = 0;
        while (i < tokens.size()) {
            int found = lookupAt(i, candidates.get(i));
            i += Math.max(found, 1);
        }
    }

    /** A run of words that may be a name: tokens {@code from} to {@code to}, the first read as {@code reading}. */
    private record Candidate(int to, Reading reading, String key) {
    }

    /** The runs starting at token {@code i} within its clause, longest first, each first-word reading in turn. */
    private List<Candidate> candidatesAt(int i) {
        Token first = tokens.get(i);
        int limit = i;
        while (limit < tokens.size() && limit - i < MAX_WORDS && tokens.get(limit).clause() == first.clause()) {
            limit++;
        }
        List<Reading> readings = Tokens.readings(first.key());
        List<Candidate> out = new ArrayList<>();
        for (int to = limit; to > i; to--) {
            StringBuilder rest = new StringBuilder();
            for (int j = i + 1; j < to; j++) {
                rest.append(' ').append(tokens.get(j).key());
            }
            for (Reading reading : readings) {
                String key = ArabicNames.compactKey(reading.key() + rest);
                if (key.length() >= 2) {
                    out.add(new Candidate(to, reading, key));
                }
            }
        }
        return out;
    }

    /** Asks the directory once for the keys not asked before. */
    private void fetch(Set<String> keys) {
        Set<String> missing = new HashSet<>(keys);
        missing.removeAll(asked);
        if (missing.isEmpty()) {
            return;
        }
        organizationIndex.putAll(directory.organizations(missing));
        peopleIndex.putAll(directory.people(missing));
        asked.addAll(missing);
    }

    private List<Directory.Entry> organizationsOf(String key) {
        return organizationIndex.getOrDefault(key, List.of());
    }

    /** Takes the longest registered name starting at token {@code i}; the number of words it takes, or 0. */
    private int lookupAt(int i, List<Candidate> candidates) {
        Token first = tokens.get(i);
        for (Candidate candidate : candidates) {
            List<Directory.Entry> orgs = organizationsOf(candidate.key());
            List<Directory.Entry> persons = orgs.isEmpty() ? peopleIndex.getOrDefault(candidate.key(), List.of())
                    : List.of();
            if (orgs.isEmpty() && persons.isEmpty()) {
                continue;
            }
            Reading reading = candidate.reading();
            int start = reading.lettersTaken() == 0 ? first.start()
                    : tokens.afterLetters(first.start(), reading.lettersTaken());
            Span span = closingQuote(new Span(start, tokens.get(candidate.to() - 1).end()));
            Mention mention = new Mention(i, candidate.to(), span, span.of(tokens.text),
                    matches(orgs.isEmpty() ? persons : orgs, 1.0), candidate.key());
            (orgs.isEmpty() ? people : organizations).add(mention);
            claim(i, candidate.to());
            return candidate.to() - i;
        }
        return 0;
    }

    /** «مبادرة “مدنية»: a name with a quote opened inside it takes the closing quote too. */
    private Span closingQuote(Span span) {
        String written = span.of(tokens.text);
        long opened = written.chars().filter(c -> c == '“' || c == '«').count();
        long closed = written.chars().filter(c -> c == '”' || c == '»').count();
        int end = span.end();
        if (opened > closed && end < tokens.text.length() && "”»\"".indexOf(tokens.text.charAt(end)) >= 0) {
            return new Span(span.start(), end + 1);
        }
        return span;
    }

    private static List<Match> matches(List<Directory.Entry> entries, double factor) {
        List<Match> out = new ArrayList<>();
        for (Directory.Entry entry : entries) {
            // Several records under one key: none is sure.
            double confidence = entry.layer().confidence() * factor / entries.size();
            out.add(new Match(entry.id(), entry.name(), entry.layer().name(), Math.round(confidence * 100) / 100.0));
        }
        out.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return out;
    }

    private void scanQuoted() {
        Set<String> keys = new HashSet<>();
        quoted(keys);
        fetch(keys);
        quoted(null);
    }

    /** Collects the keys the quoted names need into {@code keys}; reads them when {@code keys} is null. */
    private void quoted(Set<String> keys) {
        Matcher m = QUOTED.matcher(tokens.text);
        while (m.find()) {
            int from = tokens.indexAt(m.start(1));
            int to = tokens.indexAt(m.end(1));
            if (from >= to || from == 0 || isClaimed(from, to)) {
                continue;
            }
            Token before = tokens.get(from - 1);
            String trigger = trigger(before.key());
            if (trigger == null) {
                continue;
            }
            String name = tokens.written(from, to);
            String nameKey = ArabicNames.compactKey(name);
            if (keys != null) {
                keys.add(nameKey);
                TRIGGERS.keySet().forEach(head -> keys.add(ArabicNames.compactKey(head + " " + nameKey)));
                continue;
            }
            List<Directory.Entry> found = organizationsOf(nameKey);
            double factor = 1.0;
            String layer = null;
            if (found.isEmpty()) {
                // «منظمة “مدنية”» for the registered «مبادرة مدنية»: the quoted name under a word that says what it is.
                for (String head : TRIGGERS.keySet()) {
                    found = organizationsOf(ArabicNames.compactKey(head + " " + nameKey));
                    if (!found.isEmpty()) {
                        factor = 0.8;
                        layer = "QUOTED_NAME";
                        break;
                    }
                }
            }
            Span span = tokens.span(from, to);
            List<Match> matches = matches(found, factor);
            if (layer != null) {
                String quotedLayer = layer;
                matches = matches.stream().map(x -> new Match(x.id(), x.name(), quotedLayer, x.confidence())).toList();
            }
            Mention mention = new Mention(from, to, span, name, matches, nameKey);
            organizations.add(mention);
            if (matches.isEmpty()) {
                String kind = TRIGGERS.get(trigger);
                proposedKinds.put(mention, kind != null ? kind : HEADS.get(tokens.get(from).key()));
            }
            claim(from, to);
        }
    }

    /** The trigger word a token is or ends in («لمنظمة» → منظمه, «لـ» → ل), or null. */
    private static String trigger(String key) {
        for (Reading reading : Tokens.readings(key)) {
            if (TRIGGERS.containsKey(reading.key())) {
                return reading.key();
            }
        }
        return null;
    }

    private void scanHonorifics() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            String key = Tokens.readings(token.key()).get(Tokens.readings(token.key()).size() - 1).key();
            if (!HONORIFICS.contains(token.key()) && !HONORIFICS.contains(key)) {
                continue;
            }
            if (token.key().equals("د") && (token.end() >= tokens.text.length()
                    || tokens.text.charAt(token.end()) != '.')) {
                continue;
            }
            Span honorific = new Span(token.start(), token.key().equals("د") ? token.end() + 1 : token.end());
            int next = i + 1;
            Mention known = people.stream().filter(p -> p.from() == next).findFirst().orElse(null);
            if (known != null) {
                honorifics.put(known, honorific.of(tokens.text));
                continue;
            }
            if (claimed[i + 1]) {
                continue;
            }
            int to = i + 1;
            int words = isCompoundStart(tokens.get(i + 1).key()) ? 3 : 2;
            while (to < tokens.size() && to - i - 1 < words && tokens.get(to).clause() == token.clause()
                    && !claimed[to]) {
                to++;
            }
            if (to - i - 1 < 2) {
                continue;
            }
            Span span = tokens.span(i + 1, to);
            Mention mention = new Mention(i + 1, to, span, span.of(tokens.text), List.of(),
                    ArabicNames.compactKey(span.of(tokens.text)));
            people.add(mention);
            honorifics.put(mention, honorific.of(tokens.text));
            claim(i + 1, to);
        }
    }

    private static boolean isCompoundStart(String key) {
        return key.equals("عبد") || key.equals("ابو") || key.equals("بن");
    }

    /** «جيا كرد» after «بدران جيا كرد»: the last two words of a three-word name, as further spans of that person. */
    private void scanLaterMentions() {
        Map<String, List<Integer>> pairs = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            for (Reading reading : Tokens.readings(tokens.get(i).key())) {
                pairs.computeIfAbsent(reading.key() + " " + tokens.get(i + 1).key(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Mention> added = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Mention person : people) {
            if (person.to() - person.from() < 3 || !done.add(person.key())) {
                continue;
            }
            String lastTwo = tokens.get(person.to() - 2).key() + " " + tokens.get(person.to() - 1).key();
            for (int i : pairs.getOrDefault(lastTwo, List.of())) {
                if (!claimed[i] && !claimed[i + 1]) {
                    Span span = tokens.span(i, i + 2);
                    added.add(new Mention(i, i + 2, span, span.of(tokens.text), person.matches(), person.key()));
                    claim(i, i + 2);
                }
            }
        }
        people.addAll(added);
    }

    /**
     * «هيئات الصحة والتربية والبلديات»: a plural head shared by a list reads as «هيئة الصحة», «هيئة التربية», ...;
     * only the readings that are registered names are kept, as the list may go on with things of another kind.
     */
    private void scanDistributed() {
        Set<String> keys = new HashSet<>();
        distributed(keys);
        fetch(keys);
        distributed(null);
    }

    private static final Map<String, String> SINGULAR = Map.of("هيئات", "هيئه", "مجالس", "مجلس", "مكاتب", "مكتب",
            "دوائر", "دائره", "منظمات", "منظمه", "مديريات", "مديريه", "لجان", "لجنه");

    /** Collects the keys the shared heads need into {@code keys}; reads them when {@code keys} is null. */
    private void distributed(Set<String> keys) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String head = null;
            for (Reading reading : Tokens.readings(tokens.get(i).key())) {
                head = SINGULAR.getOrDefault(reading.key(), head);
            }
            if (head == null) {
                continue;
            }
            int clause = tokens.get(i).clause();
            for (int j = i + 1; j < tokens.size() && j <= i + 12 && tokens.get(j).clause() == clause; j++) {
                if (claimed[j]) {
                    continue;
                }
                Token item = tokens.get(j);
                if (keys != null) {
                    for (Reading reading : Tokens.readings(item.key())) {
                        keys.add(ArabicNames.compactKey(head + " " + reading.key()));
                    }
                    continue;
                }
                for (Reading reading : Tokens.readings(item.key())) {
                    List<Directory.Entry> found = organizationsOf(ArabicNames.compactKey(head + " " + reading.key()));
                    if (!found.isEmpty()) {
                        int start = reading.lettersTaken() == 0 ? item.start()
                                : tokens.afterLetters(item.start(), reading.lettersTaken());
                        Span span = new Span(start, item.end());
                        organizations.add(new Mention(j, j + 1, span, span.of(tokens.text), matches(found, 0.9),
                                ArabicNames.compactKey(head + " " + reading.key())));
                        claimed[j] = true;
                        break;
                    }
                }
            }
        }
    }

    private void claim(int from, int to) {
        for (int i = from; i < to; i++) {
            claimed[i] = true;
        }
    }

    private boolean isClaimed(int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    boolean claimed(int token) {
        return claimed[token];
    }
}
