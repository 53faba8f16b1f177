package org.liaison.intake;

import org.liaison.names.ArabicNames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The places of {@code places.tsv} by the compact key of each of their names. Loaded once; read-only. */
final class Gazetteer {

    /** A place of the gazetteer. */
    record Place(String nameAr, String nameEn, String country) {
    }

    /** The longest name, in words. */
    static final int MAX_WORDS = 3;

    private static final Gazetteer INSTANCE = load();

    private final Map<String, Place> byKey = new HashMap<>();

    static Gazetteer get() {
        return INSTANCE;
    }

    Place find(String compactKey) {
        return byKey.get(compactKey);
    }

    private static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        try (InputStream in = Gazetteer.class.getResourceAsStream("places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("places.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                Place place = new Place(fields[0], fields[1], fields[2]);
                gazetteer.add(fields[0], place);
                gazetteer.add(fields[1], place);
                if (fields.length > 3) {
                    for (String variant : fields[3].split(";")) {
                        gazetteer.add(variant, place);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gazetteer;
    }

    private void add(String name, Place place) {
        byKey.putIfAbsent(ArabicNames.compactKey(name), place);
    }
}
