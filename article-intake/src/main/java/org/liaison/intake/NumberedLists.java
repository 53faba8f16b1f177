package org.liaison.intake;

import org.liaison.intake.Draft.Recommendation;
import org.liaison.names.ArabicOrdinals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered lists: lines that start with a number and «-», «.» or «)» («1-», «٣-», «2.»), or with an ordinal word
 * («أولاً:», «ثانياً -»). A list is two or more such lines numbered 1, 2, 3 ... in order (the number as written is
 * kept); a lone numbered line is not a list.
 */
final class NumberedLists {

    private static final Pattern NUMBERED = Pattern.compile(
            "(?m)^[ \\t\"“”«»]*([0-9٠-٩۰-۹]{1,3})[ \\t]*[-–.)][ \\t]*([^\\s\"“”«»].*?)[ \\t\"“”«»]*$");
    private static final Pattern ORDINAL = Pattern.compile(
            "(?m)^[ \\t\"“”«»]*((?:أ|ا)ولاً|(?:أ|ا)ولا|ثانياً|ثانيا|ثالثاً|ثالثا|رابعاً|رابعا|خامساً|خامسا|سادساً|سادسا"
                    + "|سابعاً|سابعا|ثامناً|ثامنا|تاسعاً|تاسعا|عاشراً|عاشرا)"
                    + "[ \\t]*[-–:.][ \\t]*([^\\s\"“”«»].*?)[ \\t\"“”«»]*$");

    private NumberedLists() {
    }

    static List<Recommendation> read(String text) {
        List<Recommendation> out = new ArrayList<>(runs(text, NUMBERED, true));
        out.addAll(runs(text, ORDINAL, false));
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private static List<Recommendation> runs(String text, Pattern pattern, boolean digits) {
        List<Recommendation> out = new ArrayList<>();
        List<Recommendation> run = new ArrayList<>();
        int expected = 1;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int number = digits ? value(m.group(1)) : ArabicOrdinals.valueOf(m.group(1));
            if (number != expected) {
                flush(run, out);
                expected = 1;
                if (number != 1) {
                    continue;
                }
            }
            run.add(new Recommendation(m.group(1), m.group(2), new Span(m.start(2), m.end(2))));
            expected++;
        }
        flush(run, out);
        return out;
    }

    private static void flush(List<Recommendation> run, List<Recommendation> out) {
        if (run.size() >= 2) {
            out.addAll(run);
        }
        run.clear();
    }

    private static int value(String digits) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + Character.digit(digits.charAt(i), 10);
        }
        return v;
    }
}
