package org.liaison.intake;

import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Directory} held in maps from compact keys, built from the names of organisations and people. Not
 * thread-safe while it is being filled; safe to read from many threads once filled.
 */
public final class InMemoryDirectory implements Directory {

    private final Map<String, List<Entry>> organizations = new HashMap<>();
    private final Map<String, List<Entry>> people = new HashMap<>();

    /**
     * Registers an organisation under every name it has. A short name written in Latin capitals only ("SDC") is
     * an acronym.
     *
     * @param nameAr     its Arabic name, or {@code null}
     * @param nameEn     its English name, or {@code null}
     * @param shortNames short names, Arabic or Latin
     * @param otherNames other names (former names, full names, spellings as written)
     */
    public InMemoryDirectory addOrganization(String id, String nameAr, String nameEn, Collection<String> shortNames,
                                             Collection<String> otherNames) {
        String shown = nameAr != null ? nameAr : nameEn;
        put(organizations, nameAr, new Entry(id, shown, Layer.NAME));
        put(organizations, nameEn, new Entry(id, shown, Layer.NAME));
        for (String name : shortNames) {
            put(organizations, name, new Entry(id, shown, isAcronym(name) ? Layer.ACRONYM : Layer.SHORT_NAME));
        }
        for (String name : otherNames) {
            put(organizations, name, new Entry(id, shown, Layer.OTHER_NAME));
        }
        return this;
    }

    /** Registers a person under their Arabic and English names ({@code null} for either when unknown). */
    public InMemoryDirectory addPerson(String id, String nameAr, String nameEn) {
        String shown = nameAr != null ? nameAr : nameEn;
        put(people, nameAr, new Entry(id, shown, Layer.NAME));
        put(people, nameEn, new Entry(id, shown, Layer.NAME));
        return this;
    }

    @Override
    public Map<String, List<Entry>> organizations(Set<String> compactKeys) {
        return find(organizations, compactKeys);
    }

    @Override
    public Map<String, List<Entry>> people(Set<String> compactKeys) {
        return find(people, compactKeys);
    }

    private static Map<String, List<Entry>> find(Map<String, List<Entry>> index, Set<String> keys) {
        Map<String, List<Entry>> found = new HashMap<>();
        for (String key : keys) {
            List<Entry> entries = index.get(key);
            if (entries != null) {
                found.put(key, List.copyOf(entries));
            }
        }
        return found;
    }

    private static boolean isAcronym(String name) {
        return name.length() <= 8 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static void put(Map<String, List<Entry>> index, String name, Entry entry) {
        if (name == null) {
            return;
        }
        String key = ArabicNames.compactKey(name);
        if (key.isEmpty()) {
            return;
        }
        List<Entry> entries = index.computeIfAbsent(key, k -> new ArrayList<>());
        // One record named twice under the same key (an Arabic name and its spelling as written) stays one entry,
        // the surer layer kept.
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(entry.id())) {
                if (entry.layer().ordinal() < entries.get(i).layer().ordinal()) {
                    entries.set(i, entry);
                }
                return;
            }
        }
        entries.add(entry);
    }
}
