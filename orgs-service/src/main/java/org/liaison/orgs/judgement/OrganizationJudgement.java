package org.liaison.orgs.judgement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A judgement of a pair of organisations. */
@Entity
@Table(name = "organization_judgement")
public class OrganizationJudgement extends PairJudgement {
}
