package org.liaison.infra.testing;

import java.util.List;

/**
 * Real organisations of the source articles (sample-data/organizations.jsonl), each as {kind, Arabic name}: what the
 * fault suite's and the bench's load registers again and again as distinct bodies (a sequence number added).
 */
public final class ArticleOrganizations {

    public static final List<String[]> KIND_AND_NAME = List.of(
            new String[]{"negotiation_body", "هيئة التفاوض السورية"},
            new String[]{"coalition", "التحالف الأمريكي لأجل سوريا"},
            new String[]{"civil_society_organization", "المجلس السوري الأمريكي"},
            new String[]{"civil_society_organization", "بيتنا"},
            new String[]{"civil_society_organization", "النساء الآن من أجل التنمية"},
            new String[]{"civil_society_organization", "وحدة دعم الاستقرار"},
            new String[]{"initiative", "مبادرة مدنية"},
            new String[]{"platform", "الذاكرة السورية"},
            new String[]{"civil_society_organization", "اليوم التالي"},
            new String[]{"council", "مجلس سوريا الديمقراطية"});

    private ArticleOrganizations() {
    }
}
