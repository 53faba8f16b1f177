package org.liaison.orgs.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.liaison.orgs.common.IndexedName;

import java.util.UUID;

/** One name of a person with its normalised keys. */
@Entity
@Table(name = "person_name")
public class PersonName extends IndexedName {

    @Column(name = "person_id")
    public UUID personId;
}
