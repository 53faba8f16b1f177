package org.liaison.orgs.organization;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.liaison.names.NameKeys;

import java.util.UUID;

/** One name of an organisation with its normalised keys: the index behind duplicate checks and search. */
@Entity
@Table(name = "organization_name")
public class OrganizationName extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String name;

    @Column(name = "search_key")
    public String searchKey;

    @Column(name = "compact_key")
    public String compactKey;

    @Column(name = "key_version")
    public int keyVersion;

    static OrganizationName of(UUID organizationId, String name) {
        NameKeys keys = NameKeys.of(name);
        OrganizationName row = new OrganizationName();
        row.organizationId = organizationId;
        row.name = name;
        row.searchKey = keys.searchKey();
        row.compactKey = keys.compactKey();
        row.keyVersion = keys.version();
        return row;
    }
}
