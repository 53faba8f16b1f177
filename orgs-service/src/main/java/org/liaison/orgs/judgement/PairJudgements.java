package org.liaison.orgs.judgement;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.liaison.support.text.Timestamps.now;

/**
 * Judgements on pairs of records that look alike, for one kind of record (organisations, people). {@code same} merges
 * the right one into the left one (undoing the judgement undoes the merge); {@code not_same} takes the pair off the
 * review lists ({@code /duplicates}, {@code /similar}) and lets each carry a name the other has without
 * {@code "distinct": true}; {@code unsure} keeps the pair listed with its note. A pair has one current judgement: a new
 * one supersedes it, except that a pair judged the same stays so until that judgement is undone (so a merge is never
 * left behind by a later judgement).
 *
 * @param <J> the kind's judgement entity
 */
public abstract class PairJudgements<J extends PairJudgement> {

    /**
     * What a kind of record brings: its words in messages, its records, its merges.
     *
     * @param singular the record in a sentence: "organisation", "person"
     * @param plural   the records in a sentence: "organizations", "people"
     */
    protected record Kind<J extends PairJudgement>(String singular, String plural, Class<J> entity,
                                                   Supplier<J> newJudgement) {
    }

    private final EntityManager entityManager;
    private final CurrentActor actor;
    private final Kind<J> kind;

    protected PairJudgements(EntityManager entityManager, CurrentActor actor, Kind<J> kind) {
        this.entityManager = entityManager;
        this.actor = actor;
        this.kind = kind;
    }

    /**
     * For the client proxy CDI makes of a subclass (it generates a no-argument constructor only for a class whose
     * superclass has one); never a working service.
     */
    protected PairJudgements() {
        this(null, null, null);
    }

    /** Whether a record of this kind has the id (merged or not). */
    protected abstract boolean exists(UUID id);

    /** Merges {@code rightId} into {@code leftId}; returns the merge's id. */
    protected abstract UUID merge(UUID leftId, UUID rightId);

    /** Undoes the merge a {@code same} judgement performed, if it still stands. */
    protected abstract void undoMerge(J judged);

    public J judge(UUID leftId, UUID rightId, Judgement judgement, String note) {
        if (leftId.equals(rightId)) {
            throw ProblemException.unprocessable("right", "a " + kind.singular() + " is always the same as itself");
        }
        requireExisting(leftId, "left");
        requireExisting(rightId, "right");
        Optional<J> current = current(leftId, rightId);
        if (current.isPresent() && current.get().judgement == Judgement.SAME) {
            throw ProblemException.conflict(kind.plural() + " " + leftId + " and " + rightId + " are judged the same "
                    + "(judgement " + current.get().id + "); undo that judgement first", Map.of("judgementId",
                    current.get().id));
        }
        J judged = kind.newJudgement().get();
        judged.id = UUID.randomUUID();
        judged.leftId = leftId;
        judged.rightId = rightId;
        judged.judgement = judgement;
        judged.note = note == null || note.isBlank() ? null : note.strip();
        judged.judgedAt = now();
        judged.judgedBy = actor.subject().orElse(null);
        if (judgement == Judgement.SAME) {
            judged.mergeId = merge(leftId, rightId);
        }
        current.ifPresent(previous -> {
            previous.supersededBy = judged.id;
            previous.flush(); // before the new current row, which the partial unique index would refuse beside it
        });
        judged.persist();
        return judged;
    }

    /** Undoes a current judgement; a {@code same} one also undoes its merge, if it still stands. */
    public J undo(UUID id) {
        J judged = require(id);
        if (!judged.isCurrent()) {
            throw ProblemException.conflict("judgement " + id + " is no longer current (" + (judged.undoneAt != null
                    ? "undone" : "superseded by " + judged.supersededBy) + ")", Map.of());
        }
        if (judged.judgement == Judgement.SAME && judged.mergeId != null) {
            undoMerge(judged);
        }
        judged.undoneAt = now();
        judged.undoneBy = actor.subject().orElse(null);
        return judged;
    }

    /** Every judgement naming the record, current and past, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<J> of(UUID recordId, String field, int limit) {
        requireExisting(recordId, field);
        return entityManager.createQuery("from " + entityName() + " where leftId = ?1 or rightId = ?1"
                        + " order by judgedAt desc, id", kind.entity()).setParameter(1, recordId)
                .setMaxResults(limit).getResultList();
    }

    /** The newest judgements, current and past. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<J> newest(int limit) {
        return entityManager.createQuery("from " + entityName() + " order by judgedAt desc, id", kind.entity())
                .setMaxResults(limit).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public J require(UUID id) {
        J judged = entityManager.find(kind.entity(), id);
        if (judged == null) {
            throw ProblemException.notFound("judgement", id);
        }
        return judged;
    }

    private Optional<J> current(UUID a, UUID b) {
        return entityManager.createQuery("from " + entityName() + " where ((leftId = ?1 and rightId = ?2)"
                        + " or (leftId = ?2 and rightId = ?1)) and supersededBy is null and undoneAt is null",
                kind.entity()).setParameter(1, a).setParameter(2, b).getResultStream().findFirst();
    }

    private void requireExisting(UUID id, String field) {
        if (!exists(id)) {
            throw ProblemException.unprocessable(field, "no " + kind.singular() + " " + id + " is registered");
        }
    }

    private String entityName() {
        return kind.entity().getSimpleName();
    }
}
