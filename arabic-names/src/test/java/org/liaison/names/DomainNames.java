package org.liaison.names;

import java.util.List;
import java.util.stream.Stream;

/**
 * Real names from /work/shared/domain.md and the five seed articles: organisations, people and
 * places, in Arabic as written there (with the article's own variants) and in English.
 */
final class DomainNames {

    private DomainNames() {
    }

    static final List<String> ARABIC = List.of(
            "المجلس العلوي الأعلى في سوريا",
            "مكتب التنسيق والعلاقات العامة المحلية والدولية",
            "مكتب التنسيق والعلاقات المحلية والدولية للعلويين",
            "هيئة التفاوض السورية",
            "هيئة التفاوض لقوى الثورة والمعارضة السورية",
            "د. بدر جاموس",
            "محمد علاء غانم",
            "التحالف الأمريكي لأجل سوريا",
            "المجلس السوري الأمريكي",
            "أسعد العشي",
            "“بيتنا”",
            "لبنى القنواتي",
            "النساء الآن من أجل التنمية",
            "منذر سلال",
            "وحدة دعم الاستقرار",
            "بكر غبيس",
            "مواطنون من أجل أمريكا آمنة",
            "عبد الرحمن الحاج",
            "مدنية",
            "الذاكرة السورية",
            "معتصم السيوفي",
            "اليوم التالي",
            "محمد حسنو",
            "وحدة تنسيق الدعم",
            "الائتلاف الوطني لقوى الثورة والمعارضة السورية",
            "مبادرة “مدنية”",
            "أيمن أصفري",
            "معهد العالم العربي",
            "مجلس سوريا الديمقراطية",
            "«مسـد»",
            "«مســد»",
            "مكتب العلاقات العامة",
            "حسن محمد علي",
            "قامشلو",
            "دائرة العلاقات الخارجية",
            "الإدارة الذاتية",
            "بدران جيا كرد",
            "الحسكة",
            "نورث بالس",
            "القرار ٢٢٥٤",
            "لـ “وحدة دعم الاستقرار”");

    static final List<String> ENGLISH = List.of(
            "Supreme Alawite Council in Syria",
            "Syrian Negotiation Commission",
            "Dr. Badr Jamous",
            "Mohammed Alaa Ghanem",
            "American Coalition for Syria",
            "Syrian American Council",
            "Asaad Al-Achi",
            "Baytna",
            "Lubna Al-Kanawati",
            "Women Now for Development",
            "Munther Sallal",
            "Stabilization Support Unit",
            "Bakr Ghbeis",
            "Citizens for a Secure and Safe America",
            "Abdulrahman Al-Hajj",
            "Madaniya",
            "Mutasem Al-Syoufi",
            "The Day After",
            "Mohammad Hasno",
            "Assistance Coordination Unit",
            "National Coalition of Syrian Revolution and Opposition Forces",
            "Ayman Asfari",
            "Arab World Institute",
            "Syrian Democratic Council",
            "Hassan Mohammed Ali",
            "Qamishli",
            "Autonomous Administration of North and East Syria",
            "Badran Jia Kurd",
            "Hasakah",
            "North Pulse",
            "Geneva Communiqué");

    static Stream<String> all() {
        return Stream.concat(ARABIC.stream(), ENGLISH.stream());
    }
}
