package org.liaison.orgs.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.liaison.names.NameKeys;

import java.util.UUID;

/** One name of a person with its normalised keys: the index behind duplicate checks and search. */
@Entity
@Table(name = "person_name")
public class PersonName extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public UUID personId;

    public String name;

    @Column(name = "search_key")
    public String searchKey;

    @Column(name = "compact_key")
    public String compactKey;

    @Column(name = "key_version")
    public int keyVersion;

    static PersonName of(UUID personId, String name) {
        NameKeys keys = NameKeys.of(name);
        PersonName row = new PersonName();
        row.personId = personId;
        row.name = name;
        row.searchKey = keys.searchKey();
        row.compactKey = keys.compactKey();
        row.keyVersion = keys.version();
        return row;
    }
}
