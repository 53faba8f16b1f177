package org.liaison.orgs.popolo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.contracts.AggregateState;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.MembershipState;
import org.liaison.contracts.OrganizationState;
import org.liaison.contracts.PersonState;
import org.liaison.names.ArabicNames;
import org.liaison.orgs.common.OtherNameInput;
import org.liaison.orgs.membership.Membership;
import org.liaison.orgs.membership.MembershipRequests;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.organization.Organization;
import org.liaison.orgs.organization.OrganizationFields;
import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.orgs.person.PersonRequests;
import org.liaison.sources.instruments.InstrumentCatalogue;
import org.liaison.support.input.Inputs;
import org.liaison.support.input.SourceInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Whether an imported record says the same as the stored one with its id: then the import matches it and writes
 * nothing. The request is cleaned the way the services clean it on registration (organisations through the
 * service's own {@link OrganizationFields}; people and roles: strip, blank → absent, repeats dropped), so "the same"
 * means "registering it would store the same". The order of sources is not compared: Popolo keeps sources without a URL
 * in a list of their own, so an export cannot keep their order. Keep this in step with the services' registration; a
 * drift shows as "differs" on re-import (see the tests).
 */
final class SameData {

    private SameData() {
    }

    /** The fields (domain names) in which the request differs from the stored organisation; empty if none. */
    static List<String> organization(OrganizationRequests.Register r, Organization stored,
                                     InstrumentCatalogue catalogue) {
        OrganizationState incoming = OrganizationFields.of(r, catalogue).toState(r.id(), stored.version,
                stored.mergedInto);
        return differences(incoming, stored.toState());
    }

    static List<String> person(PersonRequests.Register r, Person stored) {
        PersonState incoming = new PersonState(r.id(), stored.version, ArabicNames.display(r.nameAr()),
                blankToNull(r.nameEn()) == null ? null : ArabicNames.display(r.nameEn()), blankToNull(r.honorific()),
                Inputs.map(r.otherNames(), OtherNameInput::toOtherName).stream().distinct().toList(),
                Inputs.map(r.sources(), SourceInput::toSource).stream().distinct().toList(), stored.mergedInto);
        return differences(incoming, stored.toState());
    }

    static List<String> membership(MembershipRequests.Start r, Membership stored) {
        MembershipState incoming = new MembershipState(r.id(), stored.version, r.personId(), r.organizationId(),
                r.role().code(), blankToNull(r.label()), r.onBehalfOfId(), r.startDate(), r.endDate(),
                Inputs.map(r.sources(), SourceInput::toSource).stream().distinct().toList(),
                r.memberOrganizationId() == null ? MembershipState.PERSON : MembershipState.ORGANIZATION,
                r.memberOrganizationId());
        return differences(incoming, stored.toState());
    }

    private static List<String> differences(AggregateState incoming, AggregateState stored) {
        ObjectNode a = comparable(incoming);
        ObjectNode b = comparable(stored);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = b.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!b.get(name).equals(a.get(name))) {
                fields.add(name);
            }
        }
        return fields;
    }

    private static ObjectNode comparable(AggregateState state) {
        ObjectNode tree = EventJson.mapper().valueToTree(state);
        if (tree.get("sources") instanceof ArrayNode sources) {
            List<JsonNode> sorted = StreamSupport.stream(sources.spliterator(), false)
                    .sorted(Comparator.comparing(JsonNode::toString)).toList();
            sources.removeAll().addAll(sorted);
        }
        return tree;
    }
}
