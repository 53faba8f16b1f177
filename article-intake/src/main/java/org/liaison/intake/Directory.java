package org.liaison.intake;

import java.util.List;

/**
 * The registered organisations and people a draft is matched against, looked up by the compact key
 * ({@code ArabicNames.compactKey}) of a name as the article writes it. The services implement it over their read
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

    /** The organisations with a name, short name, other name or acronym of this compact key; never null. */
    List<Entry> organizations(String compactKey);

    /** The people with a name of this compact key; never null. */
    List<Entry> people(String compactKey);

    /** A directory with nobody in it: every organisation and person is proposed as new. */
    static Directory empty() {
        return new InMemoryDirectory();
    }
}
