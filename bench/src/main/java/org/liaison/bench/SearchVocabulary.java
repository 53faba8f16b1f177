package org.liaison.bench;

import java.util.List;

/**
 * The words the search records are made of, Arabic with its English rendering, taken from the source articles
 * (/work/shared/domain.md and seeds/: the bodies, offices, domains, goals, recommendations, places and meeting kinds
 * they name) and, for places, the Syrian cities and the capitals abroad where such offices sit. Each list is in
 * the order of how often {@link SearchRecords} draws it (Zipf: the first the most often).
 */
final class SearchVocabulary {

    private SearchVocabulary() {
    }

    /** An Arabic text, its English rendering and, for heads and meeting kinds, the API's code. */
    record Word(String ar, String en, String code) {
        Word(String ar, String en) {
            this(ar, en, null);
        }
    }

    /** The head word of an organisation's name, and its kind: «المجلس العلوي الأعلى», «مكتب التنسيق», ... */
    static final List<Word> HEADS = List.of(
            new Word("مجلس", "Council", "council"),
            new Word("مكتب", "Office", "office"),
            new Word("منظمة", "Organisation", "civil_society_organization"),
            new Word("هيئة", "Commission", "negotiation_body"),
            new Word("مبادرة", "Initiative", "initiative"),
            new Word("دائرة", "Department", "department"),
            new Word("ائتلاف", "Coalition", "coalition"),
            new Word("منصة", "Platform", "platform"),
            new Word("ممثلية", "Representation", "representation"),
            new Word("الإدارة", "Administration", "administration"),
            new Word("وحدة", "Unit", "office"),
            new Word("حزب", "Party", "political_party"));

    /** What a body works on, as the articles word its domains, goals and the 2023 recommendations. */
    static final List<Word> TOPICS = List.of(
            new Word("العلاقات العامة", "Public Relations"),
            new Word("التنسيق", "Coordination"),
            new Word("العلاقات الخارجية", "Foreign Relations"),
            new Word("المجتمع المدني", "Civil Society"),
            new Word("الحوار السوري السوري", "Syrian-Syrian Dialogue"),
            new Word("دعم الاستقرار", "Stabilisation Support"),
            new Word("التنمية", "Development"),
            new Word("الحل السياسي", "Political Solution"),
            new Word("تمكين المرأة", "Women's Empowerment"),
            new Word("الحكم اللامركزي", "Decentralised Governance"),
            new Word("الدبلوماسية المجتمعية", "Community Diplomacy"),
            new Word("الشراكة المجتمعية", "Community Partnership"),
            new Word("التخطيط السياسي", "Political Planning"),
            new Word("العلاقات الحكومية", "Government Relations"),
            new Word("تنسيق الدعم", "Assistance Coordination"),
            new Word("الدعم الإنساني", "Humanitarian Support"),
            new Word("العدالة والمساواة", "Justice and Equality"),
            new Word("الذاكرة السورية", "Syrian Memory"),
            new Word("الصحة", "Health"),
            new Word("التعليم", "Education"),
            new Word("البلديات", "Municipalities"),
            new Word("الثقافة", "Culture"),
            new Word("الجامعات", "Universities"),
            new Word("الخريطة القانونية", "Legal Map"),
            new Word("الرقابة الشعبية", "Popular Oversight"),
            new Word("الثقافة الديمقراطية", "Democratic Culture"),
            new Word("العمل الدبلوماسي", "Diplomatic Work"),
            new Word("المحكمة الدولية", "International Court"));

    /** What sets one body apart from another of the same head and topic. */
    static final List<Word> QUALIFIERS = List.of(
            new Word("السوري", "Syrian"),
            new Word("الوطني", "National"),
            new Word("الديمقراطي", "Democratic"),
            new Word("المدني", "Civil"),
            new Word("الأعلى", "Supreme"),
            new Word("المشترك", "Joint"),
            new Word("المستقل", "Independent"),
            new Word("الأهلي", "Community"),
            new Word("التحضيري", "Preparatory"),
            new Word("الموحد", "Unified"),
            new Word("للشباب", "Youth"),
            new Word("النسائي", "Women's"));

    /** Where: the articles' places first (Qamishli, Hasakah, Homs, Hama, Paris, Geneva), then other cities. */
    static final List<Word> PLACES = List.of(
            new Word("القامشلي", "Qamishli", "SY"),
            new Word("الحسكة", "Hasakah", "SY"),
            new Word("دمشق", "Damascus", "SY"),
            new Word("حلب", "Aleppo", "SY"),
            new Word("حمص", "Homs", "SY"),
            new Word("باريس", "Paris", "FR"),
            new Word("جنيف", "Geneva", "CH"),
            new Word("حماة", "Hama", "SY"),
            new Word("الرقة", "Raqqa", "SY"),
            new Word("إدلب", "Idlib", "SY"),
            new Word("اللاذقية", "Latakia", "SY"),
            new Word("دير الزور", "Deir ez-Zor", "SY"),
            new Word("إسطنبول", "Istanbul", "TR"),
            new Word("غازي عنتاب", "Gaziantep", "TR"),
            new Word("برلين", "Berlin", "DE"),
            new Word("واشنطن", "Washington", "US"),
            new Word("بيروت", "Beirut", "LB"),
            new Word("عمّان", "Amman", "JO"),
            new Word("أربيل", "Erbil", "IQ"),
            new Word("طرطوس", "Tartus", "SY"),
            new Word("درعا", "Daraa", "SY"),
            new Word("السويداء", "Sweida", "SY"),
            new Word("كوباني", "Kobani", "SY"),
            new Word("منبج", "Manbij", "SY"));

    /**
     * Small towns of the region, each in a handful of records only (the articles' Tal Rifaat among them): the rare
     * words of the queries.
     */
    static final List<Word> RARE_PLACES = List.of(
            new Word("تل رفعت", "Tal Rifaat", "SY"),
            new Word("عامودا", "Amuda", "SY"),
            new Word("الدرباسية", "Darbasiyah", "SY"),
            new Word("المالكية", "Malikiyah", "SY"),
            new Word("سلمية", "Salamiyah", "SY"),
            new Word("مصياف", "Masyaf", "SY"));

    /** The meeting kinds of the articles, as a title words them. */
    static final List<Word> MEETING_KINDS = List.of(
            new Word("اجتماع موسع", "Expanded meeting", "expanded_meeting"),
            new Word("اجتماع داخلي", "Internal meeting", "internal_meeting"),
            new Word("مؤتمر", "Conference", "conference"),
            new Word("لقاء مع المبعوثين", "Meeting with envoys", "meeting_with_envoys"),
            new Word("الاجتماع السنوي", "Annual meeting", "annual_meeting"),
            new Word("لقاء ثنائي", "Bilateral meeting", "bilateral"),
            new Word("إحاطة", "Briefing", "briefing"));
}
