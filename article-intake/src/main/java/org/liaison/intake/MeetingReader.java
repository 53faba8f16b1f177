package org.liaison.intake;

import org.liaison.contracts.PartialDate;
import org.liaison.intake.Draft.DateRead;
import org.liaison.intake.Draft.Meeting;
import org.liaison.intake.Draft.Place;
import org.liaison.intake.Draft.Text;
import org.liaison.intake.Tokens.Reading;
import org.liaison.intake.Tokens.Token;
import org.liaison.names.ArabicNames;
import org.liaison.sources.dates.DateReading;
import org.liaison.sources.dates.RelativeDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting of an article: the sentences that speak of a meeting («عقدت», «اجتماع», «مؤتمر», «يجتمع», «لقاء»),
 * the first date expression among them read by {@link RelativeDates} against the publication date, the first place
 * of the gazetteer among them after «في», «مدينة» or an attached «ب», its kind from its words, and whether it is
 * still to come.
 */
final class MeetingReader {

    private static final String WEEKDAY = "(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)";
    private static final String MONTH = "(?:كانون الثاني|كانون الأول|كانون الاول|تشرين الأول|تشرين الاول"
            + "|تشرين الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|يناير|فبراير|مارس"
            + "|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)";
    private static final String DAY_WORD = "(?:اليوم|أمس|امس|الأمس|البارحة|أول أمس|أول من أمس|غداً|غدًا|غدا|بعد غد"
            + "|بعد الغد|اليوم التالي|في اليوم التالي)";
    private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{M}])(?:[وف])?("
            + "(?:" + WEEKDAY + "\\s+)?[0-9٠-٩]{1,2}\\s+" + MONTH + "(?:\\s*/\\s*" + MONTH + ")?\\s+[0-9٠-٩]{4}"
            + "|(?:يوم\\s+)?" + WEEKDAY + "\\s+(?:المقبل|المقبلة|القادم|القادمة|الماضي|الماضية|المنصرم|الفائت)"
            + "|" + DAY_WORD + "(?:\\s*[(]\\s*" + WEEKDAY + "\\s*[)]|\\s+" + WEEKDAY + ")?"
            + ")(?![\\p{L}\\p{M}])");
    private static final Pattern PAST_YEAR = Pattern.compile("(?:العام|السنه) (?:المنصرم|الماضي|الفائت|السابق)");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9]{2})(?![0-9])");
    private static final Set<String> FUTURE = Set.of("سيعقد", "ستعقد", "سوف", "سيجتمع", "ستجتمع", "المقرر", "المقبل",
            "المقبله", "القادم", "القادمه", "غدا", "سينعقد", "ستنعقد", "سيشهد", "سيناقش");
    private static final Pattern VENUE = Pattern.compile("في ((?:معهد|فندق|قاعة|مقر|مركز|جامعة|قصر|مبنى)[^،,.\\n]*?)"
            + "\\s*(?:في\\s+(?:مدينة\\s+)?|ب|بمدينة\\s+)?$");
    private static final Set<String> PLACE_CUES = Set.of("في", "مدينه", "بمدينه", "العاصمه", "بالعاصمه");

    private final Tokens tokens;
    private final List<Span> excluded;
    private final LocalDate publishedOn;
    final List<String> warnings = new ArrayList<>();

    MeetingReader(Tokens tokens, List<Span> excluded, LocalDate publishedOn) {
        this.tokens = tokens;
        this.excluded = excluded;
        this.publishedOn = publishedOn;
    }

    Meeting read() {
        List<Integer> sentences = meetingSentences();
        if (sentences.isEmpty()) {
            return null;
        }
        Text title = title();
        DateRead date = null;
        int main = sentences.get(0);
        for (int s : sentences) {
            date = dateIn(tokens.sentences.get(s));
            if (date != null) {
                main = s;
                break;
            }
        }
        if (date == null) {
            date = new DateRead(null, null, List.of("the article gives no date for the meeting"), null);
        } else if (date.date() == null) {
            date = yearFromPastYear(date);
        }
        warnings.addAll(date.warnings());
        Place place = null;
        for (int s : sentences) {
            place = placeIn(s);
            if (place != null) {
                break;
            }
        }
        Span span = tokens.sentences.get(main);
        String words = ArabicNames.searchKey(span.of(tokens.text) + " " + (title == null ? "" : title.text()));
        return new Meeting(kind(words), title, date, place, isFuture(main) ? "planned" : "held", span);
    }

    private List<Integer> meetingSentences() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if ((out.isEmpty() || out.get(out.size() - 1) != token.sentence()) && isMeetingWord(token.key())) {
                out.add(token.sentence());
            }
        }
        return out;
    }

    private static boolean isMeetingWord(String key) {
        for (Reading reading : Tokens.readings(key)) {
            String k = reading.key();
            if (k.matches("(?:س)?[يت]?عقد(?:ت|وا)?|(?:ال)?اجتماع.*|(?:س)?[يت]?جتمع.*|اجتمع.*|(?:ال)?مؤتمر.*|(?:ال)?لقاء"
                    + "|(?:ال)?ندوه|(?:ال)?ملتقي|[يت]?نعقد")) {
                return true;
            }
        }
        return false;
    }

    /** The headline: one of the first three lines, of four words or more and not a paragraph. */
    private Text title() {
        String text = tokens.text;
        int start = 0;
        for (int line = 0; line < 3 && start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String written = text.substring(start, end).strip();
            if (!written.isEmpty()) {
                line++;
                if (written.length() > 200) {
                    return null;
                }
                if (written.split("\\s+").length >= 4) {
                    int at = text.indexOf(written, start);
                    return new Text(written, new Span(at, at + written.length()));
                }
            }
            start = end + 1;
        }
        return null;
    }

    private DateRead dateIn(Span sentence) {
        Matcher m = DATE.matcher(tokens.text).region(sentence.start(), sentence.end());
        while (m.find()) {
            Span span = new Span(m.start(1), m.end(1));
            if (excluded.stream().anyMatch(span::overlaps)) {
                continue;
            }
            DateReading reading = RelativeDates.read(m.group(1), publishedOn);
            return new DateRead(reading.date(), m.group(1), reading.warnings(), span);
        }
        return null;
    }

    /**
     * «لعام 2022 ... في العام المنصرم»: an undated annual meeting that calls a year the past one was held the year
     * after. The year is all it gives; the warning says where it came from.
     */
    private DateRead yearFromPastYear(DateRead read) {
        for (Span sentence : tokens.sentences) {
            String folded = ArabicNames.searchKey(sentence.of(tokens.text));
            Matcher past = PAST_YEAR.matcher(folded);
            if (!past.find()) {
                continue;
            }
            Matcher year = YEAR.matcher(folded);
            List<Integer> years = new ArrayList<>();
            while (year.find()) {
                years.add(Integer.parseInt(year.group(1)));
            }
            if (years.size() == 1) {
                int held = years.get(0) + 1;
                List<String> warnings = new ArrayList<>(read.warnings());
                warnings.add("«" + past.group() + "»: the text calls " + years.get(0) + " the past year; took " + held
                        + " as the meeting's year, without a day");
                return new DateRead(new PartialDate(held, null, null), read.asWritten(), warnings, read.span());
            }
        }
        return read;
    }

    private Place placeIn(int sentence) {
        for (int i = tokens.firstOf(sentence); i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
            Token first = tokens.get(i);
            boolean cued = i > 0 && PLACE_CUES.contains(tokens.get(i - 1).key());
            for (int to = Math.min(tokens.size(), i + Gazetteer.MAX_WORDS); to > i; to--) {
                if (tokens.get(to - 1).sentence() != sentence) {
                    continue;
                }
                StringBuilder rest = new StringBuilder();
                for (int j = i + 1; j < to; j++) {
                    rest.append(' ').append(tokens.get(j).key());
                }
                for (Reading reading : Tokens.readings(first.key())) {
                    boolean attached = reading.lettersTaken() > 0 && reading.key().length() < first.key().length()
                            && first.key().charAt(reading.lettersTaken() - 1) == 'ب';
                    if (!cued && !attached) {
                        continue;
                    }
                    Gazetteer.Place place = Gazetteer.get().find(ArabicNames.compactKey(reading.key() + rest));
                    if (place != null) {
                        int start = reading.lettersTaken() == 0 ? first.start()
                                : tokens.afterLetters(first.start(), reading.lettersTaken());
                        return new Place(place.nameAr(), place.nameEn(), place.country(), venue(start),
                                new Span(start, tokens.get(to - 1).end()));
                    }
                }
            }
        }
        return null;
    }

    /** «في معهد العالم العربي بباريس»: the venue written between «في» and the place. */
    private String venue(int placeStart) {
        String before = tokens.text.substring(Math.max(0, placeStart - 80), placeStart);
        Matcher m = VENUE.matcher(before);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String kind(String words) {
        if (words.contains("سنوي")) {
            return "annual_meeting";
        }
        if (words.contains("موسع")) {
            return "expanded_meeting";
        }
        if (words.contains("مؤتمر")) {
            return "conference";
        }
        if (words.matches(".*(?:يجتمع|اجتمع)\\S* مع (?:\\S+ ){0,3}?(?:الاحزاب|مكونات|اعضاء|الاعضاء).*")) {
            return "internal_meeting";
        }
        if (words.contains("المبعوث")) {
            return "meeting_with_envoys";
        }
        if (words.contains("ثنائي")) {
            return "bilateral";
        }
        return "meeting";
    }

    private boolean isFuture(int sentence) {
        for (int i = tokens.firstOf(sentence); i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
            if (Tokens.readings(tokens.get(i).key()).stream().anyMatch(r -> FUTURE.contains(r.key()))) {
                return true;
            }
        }
        return false;
    }
}
