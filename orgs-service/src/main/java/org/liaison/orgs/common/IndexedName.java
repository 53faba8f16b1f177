package org.liaison.orgs.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One name of a record with the shared normaliser's keys: a row of a name index (organisations', people's),
 * behind duplicate checks and search, written by {@link NameIndex}. {@code keyVersion} says which normaliser computed
 * the keys, so rows of an older one can be found and recomputed.
 */
@MappedSuperclass
public abstract class IndexedName extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "search_key")
    public String searchKey;

    @Column(name = "compact_key")
    public String compactKey;

    @Column(name = "key_version")
    public int keyVersion;
}
