package org.liaison.orgs.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.liaison.orgs.common.IndexedName;

import java.util.UUID;

/** One name of an organisation with its normalised keys. */
@Entity
@Table(name = "organization_name")
public class OrganizationName extends IndexedName {

    @Column(name = "organization_id")
    public UUID organizationId;
}
