package org.liaison.orgs.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.OtherName;
import org.liaison.orgs.common.MergedNames;
import org.liaison.orgs.membership.Membership;
import org.liaison.orgs.model.Person;
import org.liaison.orgs.person.PersonNames;
import org.liaison.support.outbox.Outbox;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/**
 * Merges a person registered twice into the record that stays, and undoes such a merge, as
 * {@link OrganizationMerges} does for organisations: the loser's names become the winner's other names, the loser's
 * roles move to the winner, and the loser keeps their row with {@code mergedInto} set (out of lists, search, the
 * duplicate check and exports; their page answers 307 to the winner). Undoing restores only what is still where the
 * merge put it: a role changed to another person since stays there. Any editor may merge, as any editor may register
 * and correct a person.
 *
 * <p>Events: {@code person.merged} (keyed by the loser, whose state names the winner) and {@code person.unmerged};
 * the winner publishes {@code person.updated} and each moved role {@code membership.updated}.
 */
@ApplicationScoped
@Transactional
public class PersonMerges {

    private final Outbox outbox;
    private final CurrentActor actor;
    private final PersonNames names;

    public PersonMerges(Outbox outbox, CurrentActor actor, PersonNames names) {
        this.outbox = outbox;
        this.actor = actor;
        this.names = names;
    }

    public PersonMerge merge(UUID winnerId, UUID loserId) {
        Person winner = require(winnerId, "winner");
        Person loser = require(loserId, "personId");
        requireMergeable(winner, loser);

        PersonMerge merge = new PersonMerge();
        merge.id = UUID.randomUUID();
        merge.winnerId = winnerId;
        merge.loserId = loserId;
        merge.mergedAt = now();
        merge.mergedBy = actor.subject().orElse(null);
        merge.addedNames = MergedNames.toAdd(PersonNames.of(winner), PersonNames.of(loser), loserId);
        for (Membership role : Membership.<Membership>list("personId", loserId)) {
            moveRole(role, winnerId);
            merge.movedMemberships.add(role.id);
        }

        List<OtherName> otherNames = new ArrayList<>(winner.otherNames);
        otherNames.addAll(merge.addedNames);
        winner.otherNames = otherNames;
        loser.mergedInto = winnerId;
        names.unindex(loser);
        changed(loser, EventTypes.PERSON_MERGED);
        changed(winner, EventTypes.PERSON_UPDATED);
        merge.persist();
        return merge;
    }

    /** Undoes the standing merge of {@code loserId} into {@code winnerId}. */
    public PersonMerge unmerge(UUID winnerId, UUID loserId) {
        PersonMerge merge = standing(winnerId, loserId)
                .orElseThrow(() -> ProblemException.notFound("merge of person " + loserId + " into", winnerId));
        Person winner = require(winnerId, "winner");
        Person loser = require(loserId, "personId");

        List<OtherName> otherNames = new ArrayList<>(winner.otherNames);
        otherNames.removeAll(merge.addedNames);
        winner.otherNames = otherNames;
        loser.mergedInto = null;
        for (UUID roleId : merge.movedMemberships) {
            Membership role = Membership.findById(roleId);
            if (role != null && winnerId.equals(role.personId)) {
                moveRole(role, loserId);
            }
        }
        changed(loser, EventTypes.PERSON_UNMERGED);
        changed(winner, EventTypes.PERSON_UPDATED);
        merge.undoneAt = now();
        return merge;
    }

    /** Whether the merge still stands (not undone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean stands(UUID mergeId) {
        PersonMerge merge = PersonMerge.findById(mergeId);
        return merge != null && merge.undoneAt == null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonMerge> mergesInto(UUID winnerId) {
        require(winnerId, "winner");
        return PersonMerge.list("winnerId = ?1 order by mergedAt desc", winnerId);
    }

    private static Optional<PersonMerge> standing(UUID winnerId, UUID loserId) {
        return PersonMerge.<PersonMerge>find("winnerId = ?1 and loserId = ?2 and undoneAt is null", winnerId, loserId)
                .firstResultOptional();
    }

    private static void requireMergeable(Person winner, Person loser) {
        if (winner.id.equals(loser.id)) {
            throw ProblemException.unprocessable("personId", "a person cannot be merged into themselves");
        }
        for (Person p : List.of(winner, loser)) {
            if (p.mergedInto != null) {
                throw ProblemException.conflict("person " + p.id + " is already merged into " + p.mergedInto,
                        Map.of("mergedInto", p.mergedInto));
            }
        }
    }

    private void moveRole(Membership role, UUID personId) {
        role.personId = personId;
        role.updatedAt = now();
        outbox.append(EventTypes.MEMBERSHIP_UPDATED, AggregateTypes.MEMBERSHIP, role::toState);
    }

    private void changed(Person person, String eventType) {
        person.updatedAt = now();
        if (person.mergedInto == null) {
            names.index(person);
        }
        outbox.append(eventType, AggregateTypes.PERSON, person::toState);
    }

    private static Person require(UUID id, String field) {
        Person person = Person.findById(id);
        if (person == null) {
            throw "winner".equals(field) ? ProblemException.notFound("person", id)
                    : ProblemException.unprocessable(field, "no person " + id + " is registered");
        }
        return person;
    }
}
