package org.liaison.orgs.judgement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A judgement of a pair of people. */
@Entity
@Table(name = "person_judgement")
public class PersonJudgement extends PairJudgement {
}
