package org.liaison.meetings.search;

import org.liaison.contracts.MeetingState.MeetingPlace;
import org.liaison.meetings.model.Meeting;
import org.liaison.meetings.model.ParticipantEntry;
import org.liaison.names.ArabicNames;
import org.liaison.support.text.SearchText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A meeting's texts folded by {@link ArabicNames#searchKey}, by weight: titles (A); the names of the organisations
 * taking part and of the people named (B); the agenda's items with their results and decisions, topics, outcomes,
 * the groups of participants not named one by one, participants' notes and the place (C); summary (D).
 * {@code publicText} is what anybody may find a restricted meeting by: its organiser's names, as its redacted view
 * shows them. Names are also written by their compact keys where those differ («عبد الرحمن» as «عبدالرحمن» too), so
 * that a search finds every spelling the duplicate check takes for them ({@link SearchTerms}).
 *
 * @param names an organisation's names ({@code [nameAr, nameEn]}) as the directory keeps them now; null if unknown
 */
record SearchDocument(String titles, String names, String details, String summary, String publicText,
                      List<String> cityKeys, List<String> topicKeys) {

    static SearchDocument of(Meeting m, Function<UUID, List<String>> names) {
        List<ParticipantEntry> participants = m.participantEntries();
        Set<UUID> organizations = new LinkedHashSet<>();
        organizations.add(m.organizerId);
        participants.forEach(p -> {
            organizations.add(p.organizationId());
            organizations.add(p.onBehalfOfId());
        });
        organizations.remove(null);
        List<String> nameTexts = new ArrayList<>();
        organizations.forEach(id -> nameTexts.addAll(orEmpty(names.apply(id))));
        participants.forEach(p -> nameTexts.add(p.personName()));
        MeetingPlace place = m.place();
        List<String> details = new ArrayList<>();
        m.agenda.forEach(item -> {
            details.add(item.title());
            details.add(item.result());
            details.addAll(item.decisions());
        });
        details.addAll(m.topics);
        details.addAll(m.outcomes);
        m.unnamedParticipants.forEach(group -> details.add(group.description()));
        participants.forEach(p -> details.add(p.note()));
        if (place != null) {
            details.addAll(Stream.of(place.cityAr(), place.cityEn(), place.venueAr(), place.venueEn()).toList());
        }
        List<String> cities = place == null ? List.of() : keys(Stream.of(place.cityAr(), place.cityEn()).toList());
        return new SearchDocument(fold(Stream.of(m.titleAr, m.titleEn).toList()), foldNames(nameTexts), fold(details),
                fold(Stream.of(m.summary).toList()), foldNames(orEmpty(names.apply(m.organizerId))), cities,
                keys(m.topics));
    }

    /** One text of the folded values, a line each (no word runs from one into the next). */
    private static String fold(List<String> texts) {
        return String.join("\n", keys(texts));
    }

    /** Names folded as {@link #fold} does, each followed by its compact key where that differs. */
    private static String foldNames(List<String> names) {
        return SearchText.of(names);
    }

    /** The folded values, each once, blanks left out. */
    private static List<String> keys(List<String> texts) {
        return texts.stream().filter(Objects::nonNull).map(ArabicNames::searchKey).filter(k -> !k.isEmpty())
                .distinct().toList();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
