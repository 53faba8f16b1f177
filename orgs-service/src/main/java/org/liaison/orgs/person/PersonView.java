package org.liaison.orgs.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.Source;
import org.liaison.orgs.membership.PersonRoles;
import org.liaison.orgs.model.Person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person as the API shows them. {@code roles} (current and past) is shown for one person and left out of
 * lists; {@code mergedInto} is set while they are merged into another person.
 */
public record PersonView(UUID id, long version, String nameAr, String nameEn, String honorific,
                         List<OtherName> otherNames, List<Source> sources,
                         @JsonInclude(JsonInclude.Include.NON_NULL) PersonRoles.Roles roles, UUID mergedInto,
                         Instant createdAt, Instant updatedAt) {

    static PersonView of(Person p, PersonRoles.Roles roles) {
        return new PersonView(p.id, p.version, p.nameAr, p.nameEn, p.honorific, List.copyOf(p.otherNames),
                List.copyOf(p.sources), roles, p.mergedInto, p.createdAt, p.updatedAt);
    }

    static PersonView listed(Person p) {
        return of(p, null);
    }
}
