package org.liaison.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.bench.SearchVocabulary.Word;
import org.liaison.contracts.EventJson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Many distinct organisations and meetings made of the articles' words ({@link SearchVocabulary}), each part of a
 * name or title drawn with a Zipf law (the k-th word of a list with weight 1/k), so that some words are in a third
 * of the records and others in a few: «مجلس العلاقات العامة الوطني في القامشلي» / "National Council for Public
 * Relations, Qamishli"; «اجتماع موسع حول الحل السياسي في جنيف» / "Expanded meeting on Political Solution in Geneva".
 * One record in {@link #RARE_ONE_IN} also names one of the {@link SearchVocabulary#RARE_PLACES}. The same seed gives
 * the same records.
 */
final class SearchRecords {

    static final int RARE_ONE_IN = 1000;

    /** One organisation as a Popolo record of {@code POST /import/popolo} (its id a UUID, kept as it is). */
    record Organization(UUID id, ObjectNode popolo) {
    }

    private final Random random;
    private final Zipf heads = new Zipf(SearchVocabulary.HEADS.size());
    private final Zipf topics = new Zipf(SearchVocabulary.TOPICS.size());
    private final Zipf qualifiers = new Zipf(SearchVocabulary.QUALIFIERS.size());
    private final Zipf places = new Zipf(SearchVocabulary.PLACES.size());
    private final Zipf meetingKinds = new Zipf(SearchVocabulary.MEETING_KINDS.size());
    private final Set<String> names = new HashSet<>();

    SearchRecords(long seed) {
        this.random = new Random(seed);
    }

    List<Organization> organizations(int count) {
        List<Organization> all = new ArrayList<>(count);
        while (all.size() < count) {
            Word head = pick(SearchVocabulary.HEADS, heads);
            Word topic = pick(SearchVocabulary.TOPICS, topics);
            Word qualifier = pick(SearchVocabulary.QUALIFIERS, qualifiers);
            Word place = place();
            String ar = head.ar() + " " + topic.ar() + " " + qualifier.ar() + " في " + place.ar();
            String en = qualifier.en() + " " + head.en() + " for " + topic.en() + ", " + place.en();
            // The same name twice would be matched to the first by the import, not created: a branch number then,
            // as bodies with representations in several countries number them.
            for (int branch = 2; !names.add(ar); branch++) {
                ar = head.ar() + " " + topic.ar() + " " + qualifier.ar() + " في " + place.ar() + " - الفرع " + branch;
                en = qualifier.en() + " " + head.en() + " for " + topic.en() + ", " + place.en() + ", branch " + branch;
            }
            UUID id = new UUID(random.nextLong(), random.nextLong());
            ObjectNode popolo = EventJson.mapper().createObjectNode().put("id", id.toString()).put("name", ar)
                    .put("classification", head.code());
            popolo.putArray("other_names").addObject().put("name", en).put("name_type", "name_en");
            all.add(new Organization(id, popolo));
        }
        return all;
    }

    /** Meeting bodies as {@code POST /meetings} takes them, each organised by one of {@code organizers}. */
    List<ObjectNode> meetings(int count, List<UUID> organizers) {
        List<ObjectNode> all = new ArrayList<>(count);
        LocalDate first = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < count; i++) {
            Word kind = pick(SearchVocabulary.MEETING_KINDS, meetingKinds);
            Word topic = pick(SearchVocabulary.TOPICS, topics);
            Word place = place();
            ObjectNode body = EventJson.mapper().createObjectNode()
                    .put("id", new UUID(random.nextLong(), random.nextLong()).toString())
                    .put("kind", kind.code())
                    .put("titleAr", kind.ar() + " حول " + topic.ar() + " في " + place.ar())
                    .put("titleEn", kind.en() + " on " + topic.en() + " in " + place.en())
                    .put("date", first.plusDays(random.nextInt(6 * 365)).toString())
                    .put("organizerId", organizers.get(random.nextInt(organizers.size())).toString());
            body.putObject("place").put("cityAr", place.ar()).put("cityEn", place.en()).put("country", place.code());
            ArrayNode topicList = body.putArray("topics");
            topicList.add(topic.ar());
            all.add(body);
        }
        return all;
    }

    private Word place() {
        return random.nextInt(RARE_ONE_IN) == 0
                ? SearchVocabulary.RARE_PLACES.get(random.nextInt(SearchVocabulary.RARE_PLACES.size()))
                : pick(SearchVocabulary.PLACES, places);
    }

    private Word pick(List<Word> words, Zipf zipf) {
        return words.get(zipf.sample(random));
    }

    /** Ranks 0..n-1 with weights 1/(rank+1). */
    private static final class Zipf {
        private final double[] cumulative;

        Zipf(int n) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1.0 / (k + 1);
                cumulative[k] = sum;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= sum;
            }
        }

        int sample(Random random) {
            double u = random.nextDouble();
            for (int k = 0; k < cumulative.length; k++) {
                if (u <= cumulative[k]) {
                    return k;
                }
            }
            return cumulative.length - 1;
        }
    }
}
