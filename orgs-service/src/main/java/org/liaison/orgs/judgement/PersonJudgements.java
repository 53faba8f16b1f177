package org.liaison.orgs.judgement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.orgs.merge.PersonMerges;
import org.liaison.orgs.model.Person;
import org.liaison.support.security.CurrentActor;

import java.util.UUID;

/** Judgements on pairs of people whose names look alike ({@link PairJudgements}); {@code same} merges them. */
@ApplicationScoped
@Transactional
public class PersonJudgements extends PairJudgements<PersonJudgement> {

    private final PersonMerges merges;

    public PersonJudgements(EntityManager entityManager, CurrentActor actor, PersonMerges merges) {
        super(entityManager, actor, new Kind<>("person", "people", PersonJudgement.class, PersonJudgement::new));
        this.merges = merges;
    }

    @Override
    protected boolean exists(UUID id) {
        return Person.findById(id) != null;
    }

    @Override
    protected UUID merge(UUID leftId, UUID rightId) {
        return merges.merge(leftId, rightId).id;
    }

    @Override
    protected void undoMerge(PersonJudgement judged) {
        if (merges.stands(judged.mergeId)) {
            merges.unmerge(judged.leftId, judged.rightId);
        }
    }
}
