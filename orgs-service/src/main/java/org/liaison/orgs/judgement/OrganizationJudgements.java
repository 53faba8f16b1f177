package org.liaison.orgs.judgement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.orgs.merge.OrganizationMerge;
import org.liaison.orgs.merge.OrganizationMerges;
import org.liaison.orgs.organization.Organization;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.liaison.support.text.Timestamps.now;

/**
 * Judgements on pairs of organisations that look alike. {@code same} merges the right one into the left one (undoing
 * the judgement undoes the merge); {@code not_same} takes the pair off the review lists ({@code /duplicates},
 * {@code /similar}) and lets each carry a name the other has without {@code "distinct": true}; {@code unsure} keeps
 * the pair listed with its note. A pair has one current judgement: a new one supersedes it, except that a pair judged
 * the same stays so until that judgement is undone (so a merge is never left behind by a later judgement).
 */
@ApplicationScoped
@Transactional
public class OrganizationJudgements {

    private final OrganizationMerges merges;
    private final CurrentActor actor;

    public OrganizationJudgements(OrganizationMerges merges, CurrentActor actor) {
        this.merges = merges;
        this.actor = actor;
    }

    public OrganizationJudgement judge(UUID leftId, UUID rightId, Judgement judgement, String note) {
        if (leftId.equals(rightId)) {
            throw ProblemException.unprocessable("right", "an organisation is always the same as itself");
        }
        requireExisting(leftId, "left");
        requireExisting(rightId, "right");
        Optional<OrganizationJudgement> current = current(leftId, rightId);
        if (current.isPresent() && current.get().judgement == Judgement.SAME) {
            throw ProblemException.conflict("organizations " + leftId + " and " + rightId + " are judged the same "
                    + "(judgement " + current.get().id + "); undo that judgement first", Map.of("judgementId",
                    current.get().id));
        }
        OrganizationJudgement judged = new OrganizationJudgement();
        judged.id = UUID.randomUUID();
        judged.leftId = leftId;
        judged.rightId = rightId;
        judged.judgement = judgement;
        judged.note = note == null || note.isBlank() ? null : note.strip();
        judged.judgedAt = now();
        judged.judgedBy = actor.subject().orElse(null);
        if (judgement == Judgement.SAME) {
            judged.mergeId = merges.merge(leftId, rightId).id;
        }
        current.ifPresent(previous -> {
            previous.supersededBy = judged.id;
            previous.flush(); // before the new current row, which the partial unique index would refuse beside it
        });
        judged.persist();
        return judged;
    }

    /** Undoes a current judgement; a {@code same} one also undoes its merge, if it still stands. */
    public OrganizationJudgement undo(UUID id) {
        OrganizationJudgement judged = require(id);
        if (!judged.isCurrent()) {
            throw ProblemException.conflict("judgement " + id + " is no longer current (" + (judged.undoneAt != null
                    ? "undone" : "superseded by " + judged.supersededBy) + ")", Map.of());
        }
        if (judged.judgement == Judgement.SAME && judged.mergeId != null) {
            OrganizationMerge merge = OrganizationMerge.findById(judged.mergeId);
            if (merge != null && merge.undoneAt == null) {
                merges.unmerge(judged.leftId, judged.rightId);
            }
        }
        judged.undoneAt = now();
        judged.undoneBy = actor.subject().orElse(null);
        return judged;
    }

    /** Every judgement naming the organisation, current and past, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationJudgement> of(UUID organizationId, int limit) {
        requireExisting(organizationId, "organizationId");
        return OrganizationJudgement.<OrganizationJudgement>find(
                        "leftId = ?1 or rightId = ?1 order by judgedAt desc, id", organizationId).page(0, limit).list();
    }

    /** The newest judgements, current and past. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationJudgement> newest(int limit) {
        return OrganizationJudgement.<OrganizationJudgement>find("order by judgedAt desc, id").page(0, limit).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationJudgement require(UUID id) {
        OrganizationJudgement judged = OrganizationJudgement.findById(id);
        if (judged == null) {
            throw ProblemException.notFound("judgement", id);
        }
        return judged;
    }

    private static Optional<OrganizationJudgement> current(UUID a, UUID b) {
        return OrganizationJudgement.<OrganizationJudgement>find("((leftId = ?1 and rightId = ?2) or (leftId = ?2 and "
                + "rightId = ?1)) and supersededBy is null and undoneAt is null", a, b).firstResultOptional();
    }

    private static void requireExisting(UUID id, String field) {
        if (Organization.findById(id) == null) {
            throw ProblemException.unprocessable(field, "no organisation " + id + " is registered");
        }
    }
}
