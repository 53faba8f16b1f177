package org.liaison.intake;

import org.liaison.intake.Draft.InstrumentCited;
import org.liaison.intake.Draft.Match;
import org.liaison.intake.Draft.Meeting;
import org.liaison.intake.Draft.Organization;
import org.liaison.intake.Draft.Person;
import org.liaison.intake.Draft.Statement;
import org.liaison.intake.Draft.Text;
import org.liaison.intake.Mentions.Mention;
import org.liaison.intake.Tokens.Reading;
import org.liaison.names.ArabicNames;
import org.liaison.sources.instruments.Instrument;
import org.liaison.sources.instruments.InstrumentCatalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Arabic news article into a {@link Draft}: the meeting it reports (kind, title, date, place, status), the
 * organisations and people it names matched to a {@link Directory}, the participants it counts, the instruments it
 * cites, its numbered lists and who said what, each item with the span of text that supports it. Rules and
 * dictionaries only (see the module README). Pure and thread-safe; time linear in the text (at most
 * {@link ArticleText#MAX_LENGTH} characters).
 */
public final class ArticleIntake {

    /** Below this share of Arabic letters among the letters, an article is not read as Arabic. */
    static final double MIN_ARABIC_SHARE = 0.5;

    private static final List<String[]> ROLES = List.of(
            new String[]{"الرئيس", "المشترك"}, new String[]{"الرئيسه", "المشتركه"},
            new String[]{"رئيس", "مجلس", "اداره"}, new String[]{"عضو", "مجلس", "اداره"},
            new String[]{"رئيس", "اداره"}, new String[]{"نائب", "رئيس"}, new String[]{"الامين", "العام"},
            new String[]{"المدير", "التنفيذي"}, new String[]{"المديره", "التنفيذيه"},
            new String[]{"المدير", "المشارك"}, new String[]{"المديره", "المشاركه"},
            new String[]{"المدير", "المسؤول"}, new String[]{"المتحدث", "باسم"}, new String[]{"الناطق", "باسم"},
            new String[]{"رئيس"}, new String[]{"رئيسه"}, new String[]{"مدير"}, new String[]{"مديره"},
            new String[]{"المدير"}, new String[]{"المديره"}, new String[]{"عضو"}, new String[]{"منسق"},
            new String[]{"منسقه"});
    /** How many words before a name its role may start («المدير المسؤول عن ... لـ “X”، و”Y” NAME»). */
    private static final int ROLE_REACH = 22;
    /** Words between a role and its organisation that belong to neither. */
    private static final Set<String> CONNECTORS = Set.of("ل", "لـ", "في", "لدي", "منظمه", "منصه", "مبادره",
            "لمنظمه", "لمنصه", "لمبادره", "من");
    private static final Set<String> SPEECH = Set.of("قال", "قالت", "اكد", "اكدت", "اشار", "اشارت", "اوضح", "اوضحت",
            "تحدث", "تحدثت", "قدم", "قدمت", "شدد", "شددت", "اعتبر", "اعتبرت", "تابع", "تابعت", "اختتم", "اختتمت",
            "اثني", "اثنت", "دعا", "دعت", "لفت", "لفتت", "صرح", "صرحت", "اضاف", "اضافت", "بين", "بينت",
            "استعرض", "استعرضت");

    private final InstrumentCatalogue catalogue;

    /** Reads instruments against the nine seed instruments. */
    public ArticleIntake() {
        this(InstrumentCatalogue.seed());
    }

    /** Reads instruments against a service's catalogue. */
    public ArticleIntake(InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Drafts an article.
     *
     * @throws IllegalArgumentException naming the field when {@code article} or {@code directory} is missing
     */
    public Draft draft(ArticleText article, Directory directory) {
        if (article == null) {
            throw new IllegalArgumentException("article: required");
        }
        if (directory == null) {
            throw new IllegalArgumentException("directory: required");
        }
        String text = article.text();
        if (ArabicNames.display(text).isBlank()) {
            return Draft.empty(List.of("text: the article is empty"));
        }
        if (arabicShare(text) < MIN_ARABIC_SHARE) {
            return Draft.empty(List.of("text: not an Arabic article (too few Arabic letters); nothing was read"));
        }
        Tokens tokens = new Tokens(text);
        Mentions mentions = new Mentions(tokens, directory);
        List<Span> names = new ArrayList<>();
        mentions.organizations.forEach(m -> names.add(m.span()));
        MeetingReader meetingReader = new MeetingReader(tokens, names, article.publishedOn());
        Meeting meeting = meetingReader.read();
        List<String> warnings = new ArrayList<>(meetingReader.warnings);
        if (meeting == null) {
            warnings.add("no meeting: the article speaks of none (no «اجتماع», «مؤتمر», «عقد», «لقاء» ...)");
        }
        List<Organization> organizations = organizations(mentions);
        List<Person> people = people(tokens, mentions);
        Draft draft = new Draft(meeting, organizations, people, new Groups(tokens, mentions).found,
                instruments(tokens), NumberedLists.read(text), statements(tokens, mentions, people), warnings);
        if (draft.isEmpty()) {
            List<String> none = new ArrayList<>(warnings);
            none.add("text: names nothing the intake reads (no meeting, organisation, person, count, instrument or "
                    + "numbered list)");
            return Draft.empty(none);
        }
        return draft;
    }

    private static double arabicShare(String text) {
        long letters = 0;
        long arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }

    private static List<Organization> organizations(Mentions mentions) {
        Map<String, List<Mention>> byRecord = new LinkedHashMap<>();
        for (Mention m : mentions.organizations) {
            String key = m.matches().isEmpty() ? "new:" + m.key() : m.matches().get(0).id();
            byRecord.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Organization> out = new ArrayList<>();
        for (List<Mention> group : byRecord.values()) {
            Mention first = group.get(0);
            // The surest reading among the mentions: «مجلس سوريا الديمقراطية» counts for more than «مسد».
            List<Match> matches = group.stream().map(Mention::matches)
                    .max((a, b) -> Double.compare(a.isEmpty() ? 0 : a.get(0).confidence(),
                            b.isEmpty() ? 0 : b.get(0).confidence())).orElse(List.of());
            out.add(new Organization(first.asWritten(), matches,
                    matches.isEmpty() ? mentions.proposedKinds.get(first) : null,
                    group.stream().map(Mention::span).toList()));
        }
        return out;
    }

    private static List<Person> people(Tokens tokens, Mentions mentions) {
        Map<String, List<Mention>> byPerson = new LinkedHashMap<>();
        for (Mention m : mentions.people) {
            String key = m.matches().isEmpty() ? "new:" + m.key() : m.matches().get(0).id();
            byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<Person> out = new ArrayList<>();
        for (List<Mention> group : byPerson.values()) {
            Mention first = group.get(0);
            String honorific = group.stream().map(mentions.honorifics::get).filter(h -> h != null).findFirst()
                    .orElse(null);
            Text[] role = null;
            for (Mention m : group) {
                role = role(tokens, mentions, m);
                if (role != null) {
                    break;
                }
            }
            out.add(new Person(first.asWritten(), honorific, role == null ? null : role[0],
                    role == null ? null : role[1], first.matches(), group.stream().map(Mention::span).toList()));
        }
        return out;
    }

    /**
     * The role the text gives a person and the organisation of it: a role phrase before the name in its sentence
     * («المدير التنفيذي لمنظمة “بيتنا” أسعد العشي») or right after it («بدران جيا كرد الرئيس المشترك لدائرة ...»),
     * with the organisation mentioned just after the role.
     */
    private static Text[] role(Tokens tokens, Mentions mentions, Mention person) {
        int sentence = tokens.get(person.from()).sentence();
        int best = -1;
        int bestLength = 0;
        for (int i = person.from() - 1; i >= 0 && i >= person.from() - ROLE_REACH
                && tokens.get(i).sentence() == sentence; i--) {
            int length = roleAt(tokens, i);
            if (length > 0) {
                best = i;
                bestLength = length;
                break;
            }
        }
        if (best < 0) {
            int i = person.to();
            if (i < tokens.size() && tokens.get(i).sentence() == sentence) {
                int length = roleAt(tokens, i);
                if (length > 0) {
                    best = i;
                    bestLength = length;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        int roleEnd = best + bestLength;
        Mention organization = null;
        boolean before = best < person.from();
        for (Mention m : mentions.organizations) {
            if (m.from() >= roleEnd && m.from() <= roleEnd + 8 && tokens.get(m.from()).sentence() == sentence
                    && (before ? m.to() <= person.from() : m.from() >= roleEnd)) {
                if (organization == null || m.from() < organization.from()) {
                    organization = m;
                }
            }
        }
        if (organization != null) {
            // The role's own words run up to its organisation («المدير المسؤول عن التخطيط السياسي ... لـ»).
            int end = organization.from();
            while (end > roleEnd && CONNECTORS.contains(tokens.get(end - 1).key())) {
                end--;
            }
            if (end > roleEnd && (end <= person.from() || best >= person.to())) {
                roleEnd = end;
            }
        }
        if (organization == null && before) {
            // «رئيس الهيئة الدكتور بدر جاموس», «الرئيس المشترك لمكتب العلاقات، حسن محمد علي»: no registered body,
            // so the role's words run up to the name (or its honorific).
            int end = person.from();
            if (end > roleEnd && mentions.honorifics.containsKey(person)) {
                end--;
            }
            if (end - roleEnd <= 3) {
                roleEnd = Math.max(roleEnd, end);
            }
        }
        Span roleSpan = tokens.span(best, roleEnd);
        String firstWord = tokens.get(best).key();
        if (!Tokens.stemless(firstWord).equals(firstWord)) {
            roleSpan = new Span(tokens.afterLetters(roleSpan.start(), 1), roleSpan.end());
        }
        Text role = new Text(roleSpan.of(tokens.text), roleSpan);
        Text of = organization == null ? null : new Text(organization.asWritten(), organization.span());
        return new Text[]{role, of};
    }

    /** The number of words of the role phrase starting at token {@code i} (attached و/ف allowed), or 0. */
    private static int roleAt(Tokens tokens, int i) {
        for (String[] role : ROLES) {
            if (i + role.length > tokens.size()) {
                continue;
            }
            boolean first = false;
            for (Reading reading : Tokens.readings(tokens.get(i).key())) {
                first |= reading.key().equals(role[0]);
            }
            if (!first) {
                continue;
            }
            boolean rest = true;
            for (int j = 1; j < role.length; j++) {
                rest &= tokens.get(i + j).key().equals(role[j]);
            }
            if (rest) {
                return role.length;
            }
        }
        return 0;
    }

    private List<InstrumentCited> instruments(Tokens tokens) {
        List<InstrumentCited> out = new ArrayList<>();
        List<Instrument> cited = catalogue.resolve(tokens.text).resolved();
        for (Instrument instrument : cited) {
            Span span = null;
            for (Span sentence : tokens.sentences) {
                if (catalogue.resolve(sentence.of(tokens.text)).ids().contains(instrument.id())) {
                    span = sentence;
                    break;
                }
            }
            out.add(new InstrumentCited(instrument.id(), instrument.nameAr(),
                    span != null ? span : new Span(0, tokens.text.length())));
        }
        return out;
    }

    /**
     * Who said what: a sentence with a verb of saying («قال», «أكد», «أشار», «تحدث», «قدّم», «استعرض» ...) and its
     * speaker: the first person named in it; else a person whose role the sentence repeats («وأشار رئيس الهيئة»);
     * else, when the sentence opens with the verb and no subject («واستعرض بشكل عام»), the previous sentence's speaker.
     */
    private static List<Statement> statements(Tokens tokens, Mentions mentions, List<Person> people) {
        List<Statement> out = new ArrayList<>();
        Statement previous = null;
        int[] firstToken = new int[tokens.sentences.size()];
        Arrays.fill(firstToken, -1);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            firstToken[tokens.get(i).sentence()] = i;
        }
        Mention[] firstNamed = new Mention[tokens.sentences.size()];
        for (Mention person : mentions.people) {
            int sentence = tokens.get(person.from()).sentence();
            if (firstNamed[sentence] == null || person.from() < firstNamed[sentence].from()) {
                firstNamed[sentence] = person;
            }
        }
        for (int s = 0; s < tokens.sentences.size(); s++) {
            int first = firstToken[s];
            if (first < 0) {
                continue;
            }
            boolean speaks = false;
            for (int i = first; i < tokens.size() && tokens.get(i).sentence() == s && !speaks; i++) {
                speaks = isSpeech(tokens.get(i).key());
            }
            if (!speaks) {
                previous = null;
                continue;
            }
            Span span = tokens.withStop(tokens.sentences.get(s));
            String quote = span.of(tokens.text);
            Mention named = firstNamed[s];
            Statement statement = null;
            if (named != null) {
                statement = new Statement(named.asWritten(),
                        named.matches().isEmpty() ? null : named.matches().get(0).id(), quote, span);
            } else {
                String folded = " " + ArabicNames.searchKey(quote) + " ";
                for (Person person : people) {
                    String role = person.role() == null ? "" : ArabicNames.searchKey(person.role().text());
                    if (role.contains(" ") && folded.contains(" " + role + " ")) {
                        statement = new Statement(person.asWritten(),
                                person.best() == null ? null : person.best().id(), quote, span);
                        break;
                    }
                }
                boolean noSubject = isSpeech(tokens.get(first).key()) && first + 1 < tokens.size()
                        && !tokens.get(first + 1).key().startsWith("ال");
                if (statement == null && noSubject && previous != null) {
                    statement = new Statement(previous.speaker(), previous.speakerPersonId(), quote, span);
                }
            }
            if (statement != null) {
                out.add(statement);
            }
            previous = statement;
        }
        return out;
    }

    private static boolean isSpeech(String key) {
        return Tokens.readings(key).stream().anyMatch(r -> SPEECH.contains(r.key()));
    }
}
