package org.liaison.orgs.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OtherName;
import org.liaison.contracts.Source;
import org.liaison.names.ArabicNames;
import org.liaison.orgs.common.IdTaken;
import org.liaison.orgs.common.NameIndex;
import org.liaison.orgs.common.OtherNameInput;
import org.liaison.orgs.membership.PersonRoles;
import org.liaison.orgs.model.Person;
import org.liaison.support.http.Preconditions;
import org.liaison.support.input.Inputs;
import org.liaison.support.input.SourceInput;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.persistence.Inserts;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.text.NameSearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/**
 * The transaction boundary of changes to people: each change and its event commit together. Any editor may
 * register and correct a person; the roles they hold are changed through memberships.
 */
@ApplicationScoped
@Transactional
public class PersonService {

    private final Outbox outbox;
    private final PersonNames names;
    private final PersonRoles roles;

    public PersonService(Outbox outbox, PersonNames names, PersonRoles roles) {
        this.outbox = outbox;
        this.names = names;
        this.roles = roles;
    }

    public PersonView register(PersonRequests.Register request) {
        Person person = candidate(request);
        if (!Boolean.TRUE.equals(request.distinct())) {
            names.requireUnregistered(person);
        }
        store(person);
        return PersonView.of(person, PersonRoles.Roles.NONE);
    }

    /**
     * Registers as {@link #register} does, except that a name that is already a stored person's is not refused:
     * nothing is written and the clash is returned. For the importer, which matches such a record to the stored
     * person, or registers it as distinct when the stored one is a record of its own file; it learns of the clash
     * from this result, not from a 409 read back.
     *
     * @return the stored name the request's clashes with; empty when the person was registered
     */
    public Optional<NameIndex.Clash> registerUnlessNameTaken(PersonRequests.Register request) {
        Person person = candidate(request);
        Optional<NameIndex.Clash> clash = Boolean.TRUE.equals(request.distinct()) ? Optional.empty()
                : names.firstClash(person);
        if (clash.isEmpty()) {
            store(person);
        }
        return clash;
    }

    /** The person a registration asks for, checked but for their names, not yet stored. */
    private static Person candidate(PersonRequests.Register request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (Person.findById(id) != null) {
            throw alreadyRegistered(id);
        }
        Person person = new Person();
        person.id = id;
        person.nameAr = ArabicNames.display(request.nameAr());
        person.nameEn = displayOrNull(request.nameEn());
        person.honorific = blankToNull(request.honorific());
        person.otherNames = otherNames(request.otherNames());
        person.sources = sources(request.sources());
        return person;
    }

    private void store(Person person) {
        person.createdAt = now();
        person.updatedAt = person.createdAt;
        Inserts.persistNew(Person.getEntityManager(), person, "person_pkey", () -> alreadyRegistered(person.id));
        names.indexNew(person);
        outbox.append(EventTypes.PERSON_REGISTERED, AggregateTypes.PERSON, person::toState);
    }

    /** @param ifMatch the request's If-Match header: the ETag of the version the client read */
    public PersonView update(UUID id, String ifMatch, PersonRequests.Update request) {
        Person person = require(id);
        if (person.mergedInto != null) {
            throw ProblemException.conflict("person " + id + " is merged into " + person.mergedInto
                    + "; change that one, or undo the merge", Map.of("mergedInto", person.mergedInto));
        }
        Preconditions.requireIfMatch(ifMatch, person.version);
        boolean changed = false;
        if (request.nameAr() != null && !ArabicNames.display(request.nameAr()).equals(person.nameAr)) {
            person.nameAr = ArabicNames.display(request.nameAr());
            changed = true;
        }
        if (request.nameEn() != null && !Objects.equals(displayOrNull(request.nameEn()), person.nameEn)) {
            person.nameEn = displayOrNull(request.nameEn());
            changed = true;
        }
        if (request.honorific() != null && !Objects.equals(blankToNull(request.honorific()), person.honorific)) {
            person.honorific = blankToNull(request.honorific());
            changed = true;
        }
        if (request.otherNames() != null && !otherNames(request.otherNames()).equals(person.otherNames)) {
            person.otherNames = otherNames(request.otherNames());
            changed = true;
        }
        if (request.sources() != null && !sources(request.sources()).equals(person.sources)) {
            person.sources = sources(request.sources());
            changed = true;
        }
        if (changed) {
            person.updatedAt = now();
            names.index(person);
            outbox.append(EventTypes.PERSON_UPDATED, AggregateTypes.PERSON, person::toState);
        }
        return PersonView.of(person, roles.of(id));
    }

    /** The person with the roles they hold now and held before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView get(UUID id) {
        return PersonView.of(require(id), roles.of(id));
    }

    /**
     * People not merged into another, oldest first.
     *
     * @param q any spelling of any of their names, Arabic or English (folded by the shared normaliser)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonView> list(int limit, String cursor, String q) {
        KeysetQuery query = KeysetQuery.oldestFirst(cursor);
        query.where("mergedInto is null");
        NameSearch.of(q).ifPresent(search -> query.where("id in (select n.personId from PersonName n"
                + " where n.searchKey like ? or n.compactKey like ?)", search.search(), search.compact()));
        KeysetQuery.Clause count = query.count();
        long total = Person.count(count.text(), count.parameterArray());
        KeysetQuery.Clause page = query.page();
        List<Person> rows = Person.<Person>find(page.text(), page.parameterArray()).page(0, limit + 1).list();
        return KeysetPages.of(rows, limit, total, row -> new KeysetCursor(row.createdAt, row.id), PersonView::listed);
    }

    private static IdTaken alreadyRegistered(UUID id) {
        return new IdTaken("person " + id + " is already registered", id);
    }

    private static String displayOrNull(String name) {
        return blankToNull(name) == null ? null : ArabicNames.display(name);
    }

    /** Other names without repeats, in the order given. */
    private static List<OtherName> otherNames(List<OtherNameInput> inputs) {
        return new ArrayList<>(Inputs.map(inputs, OtherNameInput::toOtherName).stream().distinct().toList());
    }

    private static List<Source> sources(List<SourceInput> inputs) {
        return new ArrayList<>(Inputs.map(inputs, SourceInput::toSource).stream().distinct().toList());
    }

    public static Person require(UUID id) {
        Person person = Person.findById(id);
        if (person == null) {
            throw ProblemException.notFound("person", id);
        }
        return person;
    }
}
