package org.liaison.meetings.intake;

import org.liaison.names.ArabicNames;

import java.util.List;
import java.util.Map;

/**
 * Guesses orgs-service's role code from a role as an article words it («الرئيس المشترك لدائرة العلاقات الخارجية» →
 * co_chair): a proposal for the reviewer, who may pick another. The more specific wording is tried first.
 */
final class RoleLabels {

    /** Wordings (folded by the shared normaliser) and their codes, most specific first. */
    private static final List<Map.Entry<String, String>> WORDINGS = List.of(
            Map.entry("الرئيس المشترك", "co_chair"), Map.entry("الرئيسة المشتركة", "co_chair"),
            Map.entry("الرئاسة المشتركة", "co_chair"),
            Map.entry("المدير التنفيذي", "executive_director"), Map.entry("المديرة التنفيذية", "executive_director"),
            Map.entry("المدير المشارك", "co_director"), Map.entry("المديرة المشاركة", "co_director"),
            Map.entry("عضو مجلس الإدارة", "board_member"), Map.entry("عضوة مجلس الإدارة", "board_member"),
            Map.entry("الناطق", "spokesperson"), Map.entry("المتحدث", "spokesperson"),
            Map.entry("الناطقة", "spokesperson"), Map.entry("المتحدثة", "spokesperson"),
            Map.entry("ممثل", "representative"), Map.entry("ممثلة", "representative"),
            Map.entry("مدير", "director"), Map.entry("مديرة", "director"), Map.entry("المدير", "director"),
            Map.entry("المديرة", "director"),
            Map.entry("رئيس", "president"), Map.entry("رئيسة", "president"), Map.entry("الرئيس", "president"),
            Map.entry("الرئيسة", "president"),
            Map.entry("عضو", "member"), Map.entry("عضوة", "member"));

    private RoleLabels() {
    }

    /** The code the wording suggests; {@code member} when none does. */
    static String role(String label) {
        String folded = " " + ArabicNames.searchKey(label) + " ";
        for (Map.Entry<String, String> wording : WORDINGS) {
            if (folded.contains(" " + ArabicNames.searchKey(wording.getKey()))) {
                return wording.getValue();
            }
        }
        return "member";
    }
}
