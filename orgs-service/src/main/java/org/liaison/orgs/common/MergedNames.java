package org.liaison.orgs.common;

import org.liaison.contracts.OtherName;
import org.liaison.names.ArabicNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The names a merge gives the record that stays, for organisations and people alike. */
public final class MergedNames {

    private MergedNames() {
    }

    /**
     * The loser's names, as other names of the winner noted "merged from" the loser, except those the winner carries
     * already in some spelling (the same compact key): a merge adds no second spelling of a name the winner has.
     */
    public static List<OtherName> toAdd(Collection<String> winnerNames, Collection<String> loserNames, UUID loserId) {
        Set<String> known = winnerNames.stream().map(ArabicNames::compactKey).collect(Collectors.toSet());
        String note = "merged from " + loserId;
        List<OtherName> added = new ArrayList<>();
        for (String name : loserNames) {
            if (known.add(ArabicNames.compactKey(name))) {
                added.add(OtherName.of(name, note));
            }
        }
        return added;
    }
}
