package org.liaison.recommendations.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.liaison.names.ArabicNames;
import org.liaison.support.persistence.EnumCodeColumn;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.text.SearchText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** One numbered recommendation of a set, with where it stands now ({@code status}; the timeline says how). */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Raised on every change, each timeline entry included; events carry it. */
    @Version
    public long version;

    @Column(name = "set_id")
    public UUID setId;

    /** The value: «٣» is 3. */
    public int number;

    /** The digits as the source wrote them («٣»), shown as written. */
    @Column(name = "number_as_written")
    public String numberAsWritten;

    @Column(name = "text_ar")
    public String textAr;

    @Column(name = "text_en")
    public String textEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> themes = new ArrayList<>();

    /** Texts and themes folded by the shared normaliser, for {@code GET /recommendations?q=}; kept by {@link #fold}. */
    @Column(name = "search_text")
    public String searchText = "";

    /**
     * The {@link ArabicNames#KEY_VERSION} that folded {@link #searchText}; 0 for a text folded before its rules were
     * recorded. Older ones are folded again at startup (RecommendationSearchRefresh), since no migration can.
     */
    @Column(name = "search_key_version")
    public int searchKeyVersion;

    @Column(name = "lead_office_id")
    public UUID leadOfficeId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "supporting_organization_ids")
    public List<UUID> supportingOrganizationIds = new ArrayList<>();

    /** As resolved when stored, so a view needs no look-up. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<InstrumentRef> instruments = new ArrayList<>();

    /** The canonical ids of {@link #instruments}, for the {@code instrument} filter. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "instrument_ids")
    public List<String> instrumentIds = new ArrayList<>();

    @Convert(converter = StatusColumn.class)
    public RecommendationStatus status;

    /** Percent done (0-100) as the last status change left it; null when never reported. */
    public Integer progress;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public void instruments(List<InstrumentRef> resolved) {
        instruments = new ArrayList<>(resolved);
        instrumentIds = new ArrayList<>(resolved.stream().map(InstrumentRef::id).toList());
    }

    public static Recommendation require(UUID id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null) {
            throw ProblemException.notFound("recommendation", id);
        }
        return r;
    }

    @Converter
    public static class StatusColumn extends EnumCodeColumn<RecommendationStatus> {
        public StatusColumn() {
            super(RecommendationStatus.class);
        }
    }

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = searchText(textAr, textEn, themes);
        searchKeyVersion = ArabicNames.KEY_VERSION;
    }

    /**
     * What {@code GET /recommendations?q=} matches: each text and theme by its search key and, where that differs, by
     * its compact key (the duplicate check's: «عبد الرحمن» as «عبدالرحمن» too), a line each so that no match runs
     * from one into the next. A query matches by either of its keys, so every spelling the duplicate check takes
     * for a name in the text finds it.
     */
    public static String searchText(String textAr, String textEn, List<String> themes) {
        return SearchText.of(Stream.concat(Stream.of(textAr, textEn), themes == null ? Stream.empty()
                : themes.stream()).toList());
    }
}
