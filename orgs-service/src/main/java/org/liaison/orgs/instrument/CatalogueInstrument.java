package org.liaison.orgs.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.contracts.InstrumentState;
import org.liaison.sources.instruments.CatalogueEntry;
import org.liaison.sources.instruments.Instrument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An instrument of the catalogue: what organisations, meetings and recommendations cite, and how it is written. */
@Entity
@Table(name = "instrument")
public class CatalogueInstrument extends PanacheEntityBase {

    /** {@link InstrumentState#aggregateId} of {@link #instrumentId}: the Kafka key and the list's tie-breaker. */
    @Id
    public UUID id;

    @Column(name = "instrument_id")
    public String instrumentId;

    /** Raised on every change; events carry it so consumers keep only the newest state. */
    @Version
    public long version;

    public String kind;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    public Integer year;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aliases_ar")
    public List<String> aliasesAr = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aliases_en")
    public List<String> aliasesEn = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public InstrumentState toState() {
        return new InstrumentState(id, version, instrumentId, kind, nameAr, nameEn, year, aliasesAr, aliasesEn);
    }

    CatalogueEntry toEntry() {
        return new CatalogueEntry(new Instrument(instrumentId, kind, nameAr, nameEn, year), aliasesAr, aliasesEn);
    }

    static CatalogueInstrument findByInstrumentId(String instrumentId) {
        return find("instrumentId", instrumentId).firstResult();
    }
}
