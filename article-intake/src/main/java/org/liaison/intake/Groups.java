package org.liaison.intake;

import org.liaison.intake.Draft.ParticipantGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Participants counted or described without names, in sentences that say who attended («حضر», «بحضور», «يضم»,
 * «يجمع», «يشهد»...): «ممثلين عن 150 منظمة», «عدد كبير من المبعوثين», «كافة الأحزاب», «ممثلي المؤسسات السورية».
 * A description runs to the end of its clause (at most {@link #MAX_WORDS} words).
 */
final class Groups {

    static final int MAX_WORDS = 14;

    private static final Set<String> ATTENDANCE = Set.of("حضر", "حضرت", "بحضور", "حضور", "يضم", "تضم", "ضم",
            "يجمع", "تجمع", "جمع", "يشهد", "تشهد", "شارك", "شاركت", "بمشاركه", "يحضر", "يحضرها");
    private static final Set<String> REPRESENTATIVES = Set.of("ممثلي", "ممثلو", "ممثلين", "ممثلون", "مديري", "مديرو");
    private static final Set<String> QUANTIFIERS = Set.of("كافه", "جميع", "كل", "عشرات", "مئات", "مختلف");
    private static final Set<String> PARTICIPANTS = Set.of("منظمه", "منظمات", "مؤسسه", "مؤسسات", "حزب", "احزاب",
            "شخصيه", "شخصيات", "ممثل", "ممثلين", "ممثلا", "مبعوث", "مبعوثين", "مبعوثا", "دوله", "دول", "وفد", "وفود",
            "عضو", "اعضاء", "ناشط", "ناشطين", "ناشطا", "مشارك", "مشاركين", "مشاركا", "جمعيه", "جمعيات", "هيئه", "هيئات",
            "فاعل", "فاعلين", "فاعلا", "تيارات", "كتل", "قوي", "نقابات", "اتحادات", "خبراء", "خبير", "باحثين");
    private static final Set<String> AFTER = Set.of("حضور", "بحضور", "يضم", "تضم", "ضم", "يجمع", "تجمع", "وكذلك",
            "حضر", "يشهد", "الاجتماع", "المؤتمر", "بمشاركه");

    private final Tokens tokens;
    private final Mentions mentions;
    final List<ParticipantGroup> found = new ArrayList<>();
    private final boolean[] used;
    /** Whether each sentence says who attended. */
    private final boolean[] attendance;

    Groups(Tokens tokens, Mentions mentions) {
        this.tokens = tokens;
        this.mentions = mentions;
        this.used = new boolean[tokens.size()];
        this.attendance = new boolean[tokens.sentences.size()];
        for (int i = 0; i < tokens.size(); i++) {
            attendance[tokens.get(i).sentence()] |= ATTENDANCE.contains(Tokens.stemless(tokens.get(i).key()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i] || !inAttendanceSentence(i)) {
                continue;
            }
            int to = groupAt(i);
            if (to > i) {
                add(i, to);
            }
        }
    }

    /** The end of a group starting at token {@code i}, or {@code i} when none starts there. */
    private int groupAt(int i) {
        String key = Tokens.stemless(tokens.get(i).key());
        boolean clauseStart = i == 0 || tokens.get(i - 1).clause() != tokens.get(i).clause();
        boolean attachedAnd = tokens.get(i).key().length() > key.length();
        String before = i == 0 ? "" : Tokens.stemless(tokens.get(i - 1).key());
        if (REPRESENTATIVES.contains(key) && (clauseStart || attachedAnd || AFTER.contains(before))) {
            int next = i + 1;
            // «مديري وممثلي», «ممثلين عن»
            while (next < tokens.size() && (REPRESENTATIVES.contains(Tokens.stemless(tokens.get(next).key()))
                    || tokens.get(next).key().equals("عن"))) {
                next++;
            }
            return next < tokens.size() && !mentions.claimed(next) ? clauseEnd(i) : i;
        }
        if (key.equals("عدد") || key.equals("مجموعه") || key.equals("العديد")) {
            int next = i + 1;
            if (next < tokens.size() && tokens.get(next).key().equals("كبير")) {
                next++;
            }
            if (next < tokens.size() && tokens.get(next).key().equals("من") && next + 1 < tokens.size()
                    && isParticipant(tokens.get(next + 1).key())) {
                return clauseEnd(i);
            }
            return i;
        }
        if (QUANTIFIERS.contains(key) && i + 1 < tokens.size() && isParticipant(tokens.get(i + 1).key())) {
            return clauseEnd(i);
        }
        if (count(i) != null && i + 1 < tokens.size() && isParticipant(tokens.get(i + 1).key())) {
            return clauseEnd(i);
        }
        return i;
    }

    private boolean isParticipant(String key) {
        return PARTICIPANTS.contains(Tokens.stem(key)) || PARTICIPANTS.contains(key);
    }

    private int clauseEnd(int i) {
        int clause = tokens.get(i).clause();
        int to = i;
        while (to < tokens.size() && tokens.get(to).clause() == clause && to - i < MAX_WORDS) {
            to++;
        }
        return to;
    }

    private void add(int from, int to) {
        Integer count = null;
        String kind = null;
        for (int j = from; j < to; j++) {
            used[j] = true;
            if (count == null) {
                count = count(j);
            }
            String stem = Tokens.stem(tokens.get(j).key());
            if (stem.equals("احزاب") || stem.equals("حزب")) {
                kind = "political_party";
            } else if (kind == null && (stem.equals("منظمات") || stem.equals("منظمه")) && j + 1 < to
                    && (Tokens.stem(tokens.get(j + 1).key()).startsWith("مدني")
                    || Tokens.stem(tokens.get(j + 1).key()).equals("مجتمع"))) {
                kind = "civil_society_organization";
            }
        }
        Span span = tokens.span(from, to);
        String first = tokens.get(from).key();
        if (!Tokens.stemless(first).equals(first)) {
            // «وعدد كبير من ...»: the conjunction is not part of the description.
            span = new Span(tokens.afterLetters(span.start(), 1), span.end());
        }
        found.add(new ParticipantGroup(span.of(tokens.text), count, kind, span));
    }

    private Integer count(int i) {
        String key = tokens.get(i).key();
        if (!key.chars().allMatch(Character::isDigit) || key.length() > 6) {
            return null;
        }
        return Integer.parseInt(key);
    }

    private boolean inAttendanceSentence(int i) {
        return attendance[tokens.get(i).sentence()];
    }
}
