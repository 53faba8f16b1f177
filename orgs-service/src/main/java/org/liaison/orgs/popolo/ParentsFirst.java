package org.liaison.orgs.popolo;

import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.support.problem.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The organisations of a file in an order where each comes after its parent, when the parent is in the file too:
 * a unit can only be registered under an organisation that exists. Otherwise the file's order is kept.
 */
final class ParentsFirst {

    private ParentsFirst() {
    }

    /**
     * @param loops told of each organisation whose parent chain within the file loops (or runs through such
     *              one); those are left out of the order
     */
    static List<Incoming<OrganizationRequests.Register>> order(List<Incoming<OrganizationRequests.Register>> records,
                                                              BiConsumer<Incoming<?>, List<Problem.FieldError>> loops) {
        Set<String> inFile = new HashSet<>();
        records.stream().filter(r -> r.sourceId() != null).forEach(r -> inFile.add(r.sourceId()));
        List<Incoming<OrganizationRequests.Register>> ordered = new ArrayList<>();
        List<Incoming<OrganizationRequests.Register>> waiting = new ArrayList<>(records);
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (var iterator = waiting.iterator(); iterator.hasNext(); ) {
                Incoming<OrganizationRequests.Register> record = iterator.next();
                String parent = record.references().parent();
                if (parent == null || !inFile.contains(parent) || placed.contains(parent)) {
                    ordered.add(record);
                    if (record.sourceId() != null) {
                        placed.add(record.sourceId());
                    }
                    iterator.remove();
                    progress = true;
                }
            }
        }
        for (Incoming<OrganizationRequests.Register> record : waiting) {
            loops.accept(record, List.of(new Problem.FieldError("parent_id",
                    "the parent chain within this file loops back to this organisation or one above it")));
        }
        return ordered;
    }
}
