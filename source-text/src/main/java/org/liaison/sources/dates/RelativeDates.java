package org.liaison.sources.dates;

import org.liaison.contracts.PartialDate;
import org.liaison.names.ArabicNames;
import org.liaison.sources.dates.DateWords.Kind;
import org.liaison.sources.dates.DateWords.Relative;
import org.liaison.sources.dates.DateWords.Word;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date expressions of Arabic (and English) news — «اليوم (الاثنين)», «أمس السبت», «غداً»,
 * «يوم الثلاثاء المقبل», «في اليوم التالي», «10 حزيران 2024», «2024» — into a {@link PartialDate},
 * given the day the source was published. It never invents a day it cannot know: without the
 * publication date a relative expression gives no date. Inconsistencies are reported as warnings and
 * the date the relative word gives is kept, never the weekday's. Rules: see the module README.
 * Pure and thread-safe.
 */
public final class RelativeDates {

    private RelativeDates() {
    }

    /** Reads an expression against the publication date ({@code null} when unknown). */
    public static DateReading read(String asWritten, LocalDate publishedOn) {
        return read(asWritten, publishedOn, null);
    }

    /**
     * Reads an expression against the publication date and a reference date, the day «اليوم التالي»
     * ("the next day") and «اليوم السابق» count from (e.g. the meeting this one follows); either may be
     * {@code null}.
     */
    public static DateReading read(String asWritten, LocalDate publishedOn, LocalDate reference) {
        return new Reading(asWritten, publishedOn, reference).read();
    }

    /** One reading: the expression's parts, then what they say. */
    private static final class Reading {
        private final String asWritten;
        private final LocalDate publishedOn;
        private final LocalDate reference;
        private final String quoted;
        private final List<String> warnings = new ArrayList<>();

        private Relative relative;
        private DayOfWeek weekday;
        private Kind direction;
        private Integer month;
        private final List<Word> numbers = new ArrayList<>();

        Reading(String asWritten, LocalDate publishedOn, LocalDate reference) {
            this.asWritten = asWritten;
            this.publishedOn = publishedOn;
            this.reference = reference;
            this.quoted = "«" + (asWritten == null ? "" : ArabicNames.display(asWritten)) + "»: ";
        }

        DateReading read() {
            if (!parse()) {
                return result(null, "not understood");
            }
            PartialDate written = writtenDate();
            if (written == null && !warnings.isEmpty()) {
                return new DateReading(null, asWritten, warnings);
            }
            LocalDate counted = countedDate(written == null);
            if (written != null) {
                if (counted != null && (counted.isBefore(written.earliest()) || counted.isAfter(written.latest()))) {
                    warn("the relative words give " + counted + " but the written date is " + written
                            + "; kept the written date");
                }
                if (weekday != null && direction == null && written.precision() == PartialDate.Precision.DAY) {
                    checkWeekday(written.earliest(), written + " is");
                }
                return new DateReading(written, asWritten, warnings);
            }
            if (counted != null) {
                if (weekday != null && direction == null) {
                    checkWeekday(counted, describe(relative));
                }
                return new DateReading(PartialDate.of(counted), asWritten, warnings);
            }
            if (relative == null && direction == null && weekday != null) {
                warn("a weekday without المقبل/الماضي (next/last) or a date is ambiguous");
            }
            return new DateReading(null, asWritten, warnings);
        }

        /** Sorts the words into their parts; false when the text is not a date expression. */
        private boolean parse() {
            List<Word> words = DateWords.read(asWritten);
            if (words.isEmpty()) {
                return false;
            }
            for (Word word : words) {
                switch (word.kind()) {
                    case RELATIVE -> {
                        if (relative != null) {
                            return false;
                        }
                        relative = Relative.values()[word.value()];
                    }
                    case WEEKDAY -> {
                        if (weekday != null) {
                            return false;
                        }
                        weekday = DayOfWeek.of(word.value());
                    }
                    case NEXT, LAST -> {
                        if (direction != null) {
                            return false;
                        }
                        direction = word.kind();
                    }
                    case MONTH -> {
                        if (month != null && month != word.value()) {
                            return false;
                        }
                        month = word.value();
                    }
                    case NUMBER -> numbers.add(word);
                    default -> {
                        return false;
                    }
                }
            }
            return direction == null || (weekday != null && relative == null);
        }

        /** The date written out in the text, if any; null with a warning when it cannot be one. */
        private PartialDate writtenDate() {
            Integer year = null;
            Integer m = month;
            Integer day = null;
            List<Integer> lengths = numbers.stream().map(w -> w.text().length()).toList();
            if (m != null) {
                for (Word number : numbers) {
                    if (number.text().length() == 4 && year == null) {
                        year = number.value();
                    } else if (number.text().length() <= 2 && day == null) {
                        day = number.value();
                    } else {
                        return fail("not understood");
                    }
                }
            } else if (lengths.equals(List.of(4))) {
                year = numbers.get(0).value();
            } else if (lengths.size() == 2 && lengths.get(0) == 4 && lengths.get(1) <= 2) {
                year = numbers.get(0).value();
                m = numbers.get(1).value();
            } else if (lengths.size() == 2 && lengths.get(0) <= 2 && lengths.get(1) == 4) {
                m = numbers.get(0).value();
                year = numbers.get(1).value();
            } else if (lengths.size() == 3 && lengths.get(0) == 4 && lengths.get(1) <= 2 && lengths.get(2) <= 2) {
                year = numbers.get(0).value();
                m = numbers.get(1).value();
                day = numbers.get(2).value();
            } else if (lengths.size() == 3 && lengths.get(0) <= 2 && lengths.get(1) <= 2 && lengths.get(2) == 4) {
                day = numbers.get(0).value();
                m = numbers.get(1).value();
                year = numbers.get(2).value();
            } else if (!numbers.isEmpty()) {
                return fail("not understood");
            }
            if (m == null) {
                return year == null ? null : valid(year, null, null);
            }
            return year != null ? valid(year, m, day) : withoutYear(m, day);
        }

        private PartialDate valid(int year, Integer m, Integer day) {
            try {
                return new PartialDate(year, m, day);
            } catch (IllegalArgumentException e) {
                return fail("no such date");
            }
        }

        /** A day and month, or a month, without a year: the year nearest the publication date. */
        private PartialDate withoutYear(int m, Integer day) {
            if (publishedOn == null) {
                return fail("no year given; needs the publication date");
            }
            PartialDate best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int year = publishedOn.getYear() - 1; year <= publishedOn.getYear() + 1; year++) {
                PartialDate candidate;
                try {
                    candidate = new PartialDate(year, m, day);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                long distance = publishedOn.isBefore(candidate.earliest())
                        ? ChronoUnit.DAYS.between(publishedOn, candidate.earliest())
                        : Math.max(0, ChronoUnit.DAYS.between(candidate.latest(), publishedOn));
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                return fail("no such date");
            }
            warn("no year given; took " + best.year() + ", the year nearest the publication date " + publishedOn);
            return best;
        }

        /** The day the relative words give, or null (with a warning unless a written date stands). */
        private LocalDate countedDate(boolean warnIfMissing) {
            if (relative != null) {
                LocalDate base = relative.fromReference ? reference : publishedOn;
                if (base == null) {
                    if (warnIfMissing) {
                        warn(relative.fromReference ? "needs the reference date (the day it follows)"
                                : "a relative date needs the publication date");
                    }
                    return null;
                }
                return base.plusDays(relative.offset);
            }
            if (direction != null) {
                if (publishedOn == null) {
                    if (warnIfMissing) {
                        warn("a relative date needs the publication date");
                    }
                    return null;
                }
                int ahead = (weekday.getValue() - publishedOn.getDayOfWeek().getValue() + 7) % 7;
                return direction == Kind.NEXT
                        ? publishedOn.plusDays(ahead == 0 ? 7 : ahead)
                        : publishedOn.minusDays(ahead == 0 ? 7 : 7 - ahead);
            }
            return null;
        }

        private String describe(Relative relative) {
            return switch (relative) {
                case TODAY -> "the publication date " + publishedOn + " is";
                case YESTERDAY -> "the day before " + publishedOn + " was";
                case BEFORE_YESTERDAY -> "two days before " + publishedOn + " was";
                case TOMORROW -> "the day after " + publishedOn + " is";
                case AFTER_TOMORROW -> "two days after " + publishedOn + " is";
                case NEXT_DAY -> "the day after the reference date " + reference + " is";
                case PREVIOUS_DAY -> "the day before the reference date " + reference + " was";
            };
        }

        private void checkWeekday(LocalDate date, String subject) {
            if (date.getDayOfWeek() != weekday) {
                warn(subject + " a " + name(date.getDayOfWeek()) + ", not a " + name(weekday));
            }
        }

        private static String name(DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        private PartialDate fail(String message) {
            warn(message);
            return null;
        }

        private void warn(String message) {
            warnings.add(quoted + message);
        }

        private DateReading result(PartialDate date, String message) {
            warn(message);
            return new DateReading(date, asWritten, warnings);
        }
    }
}
