package org.liaison.orgs.judgement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.orgs.merge.OrganizationMerge;
import org.liaison.orgs.merge.OrganizationMerges;
import org.liaison.orgs.organization.Organization;
import org.liaison.support.security.CurrentActor;

import java.util.UUID;

/** Judgements on pairs of organisations that look alike ({@link PairJudgements}); {@code same} merges them. */
@ApplicationScoped
@Transactional
public class OrganizationJudgements extends PairJudgements<OrganizationJudgement> {

    private final OrganizationMerges merges;

    public OrganizationJudgements(EntityManager entityManager, CurrentActor actor, OrganizationMerges merges) {
        super(entityManager, actor, new Kind<>("organisation", "organizations", OrganizationJudgement.class,
                OrganizationJudgement::new));
        this.merges = merges;
    }

    @Override
    protected boolean exists(UUID id) {
        return Organization.findById(id) != null;
    }

    @Override
    protected UUID merge(UUID leftId, UUID rightId) {
        return merges.merge(leftId, rightId).id;
    }

    @Override
    protected void undoMerge(OrganizationJudgement judged) {
        OrganizationMerge merge = OrganizationMerge.findById(judged.mergeId);
        if (merge != null && merge.undoneAt == null) {
            merges.unmerge(judged.leftId, judged.rightId);
        }
    }
}
