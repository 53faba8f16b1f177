package org.liaison.intake;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registered organisations and people a draft is matched against, looked up in batches by the compact key
 * ({@code ArabicNames.compactKey}) of names as the article writes them. The services implement it over their read
 * models (the same keys their duplicate checks compare); {@link InMemoryDirectory} builds one from names.
 */
public interface Directory {

    /** Which of a registered record's names a key matched; the closer to the record's own name, the surer. */
    enum Layer {
        NAME(0.95), OTHER_NAME(0.9), SHORT_NAME(0.85), ACRONYM(0.8);

        private final double confidence;

        Layer(double confidence) {
            this.confidence = confidence;
        }

        /** How sure a match by this layer alone is. */
        public double confidence() {
            return confidence;
        }
    }

    /**
     * A registered record whose name has the key looked up.
     *
     * @param id    the record's id
     * @param name  its (Arabic, else English) name, for the reviewer
     * @param layer the name that matched
     */
    record Entry(String id, String name, Layer layer) {
    }

    /**
     * The organisations with a name, short name, other name or acronym of each of these compact keys. One call
     * carries every key a draft needs (a few per word of the article), so that an implementation over a database
     * asks once; a key with no organisation may be left out of the answer. Never null.
     */
    Map<String, List<Entry>> organizations(Set<String> compactKeys);

    /** The people with a name of each of these compact keys, as {@link #organizations}. Never null. */
    Map<String, List<Entry>> people(Set<String> compactKeys);

    /** A directory with nobody in it: every organisation and person is proposed as new. */
    static Directory empty() {
        return new InMemoryDirectory();
    }
}
