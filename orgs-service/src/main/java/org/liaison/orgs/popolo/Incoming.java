package org.liaison.orgs.popolo;

import org.liaison.orgs.membership.MembershipRequests;
import org.liaison.orgs.organization.OrganizationRequests;
import org.liaison.orgs.person.PersonRequests;
import org.liaison.support.problem.Problem;

import java.util.List;

/**
 * The records of an import file (Popolo or CSV) read into domain requests, before their ids are resolved: the
 * requests carry no ids yet, the references are the file's own texts. A record the reader could not make sense
 * of carries {@code errors} and is rejected without touching the database.
 *
 * @param <R> the domain request
 */
record Incoming<R>(String type, int index, String sourceId, R request, References references, FieldNames names,
                   List<Problem.FieldError> errors) {

    static final String ORGANIZATION = "organization";
    static final String PERSON = "person";
    static final String MEMBERSHIP = "membership";

    /**
     * Ids of other records as the file writes them: {@code parent} for an organisation; {@code person} or
     * {@code memberOrganization} (the member), {@code organization} and {@code onBehalfOf} for a membership.
     */
    record References(String parent, String person, String organization, String onBehalfOf,
                      String memberOrganization) {
        static final References NONE = new References(null, null, null, null, null);

        References(String parent, String person, String organization, String onBehalfOf) {
            this(parent, person, organization, onBehalfOf, null);
        }
    }

    /** Everything read from one file. {@code ignored} lists properties the import does not store. */
    record File(List<Incoming<OrganizationRequests.Register>> organizations,
                List<Incoming<PersonRequests.Register>> persons,
                List<Incoming<MembershipRequests.Start>> memberships,
                List<String> ignored) {

        int size() {
            return organizations.size() + persons.size() + memberships.size();
        }
    }
}
