package org.liaison.recommendations.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.liaison.contracts.EventTypes;
import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.common.RecommendationsConfig;
import org.liaison.recommendations.model.IndicatorMeasurement;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationEvents;
import org.liaison.recommendations.model.RecommendationIndicator;
import org.liaison.support.http.Preconditions;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.liaison.support.text.Texts.blankToNull;
import static org.liaison.support.text.Timestamps.now;

/**
 * A recommendation's indicators and their measurements: each write stores the indicator's new version and its
 * revision, any measurement entry, and a {@code recommendation.updated} event in one transaction. Who may report on
 * the recommendation's status manages its indicators. Measurements are only ever added.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {

    private final Access access;
    private final RecommendationEvents events;
    private final IndicatorRevisions revisions;
    private final RecommendationsConfig config;

    public IndicatorService(Access access, RecommendationEvents events, IndicatorRevisions revisions,
                            RecommendationsConfig config) {
        this.access = access;
        this.events = events;
        this.revisions = revisions;
        this.config = config;
    }

    /**
     * @throws ProblemException 409 when the recommendation has {@code liaison.recommendations.indicators-max}; 422
     *                          naming the date at fault
     */
    public IndicatorView add(UUID recommendationId, IndicatorRequests.Create request) {
        Recommendation r = access.lockMayReport(recommendationId);
        if (RecommendationIndicator.count("recommendationId", r.id) >= config.indicatorsMax()) {
            throw ProblemException.conflict("recommendation " + r.id + " has " + config.indicatorsMax()
                    + " indicators", Map.of("indicatorsMax", config.indicatorsMax()));
        }
        RecommendationIndicator i = new RecommendationIndicator();
        i.id = UUID.randomUUID();
        i.recommendationId = r.id;
        i.nameAr = request.nameAr().strip();
        i.nameEn = blankToNull(request.nameEn());
        i.unit = blankToNull(request.unit());
        i.baseline = figure(request.baseline());
        i.baselineDate = request.baselineDate();
        i.target = figure(request.target());
        i.targetDate = request.targetDate();
        requireDates(i);
        List<IndicatorRequests.Measure> measures = request.measurements() == null ? List.of()
                : request.measurements();
        for (int n = 0; n < measures.size(); n++) {
            requireMeasuredBefore("measurements[" + n + "].measuredOn", measures.get(n).measuredOn());
        }
        requireRoom(i.id, measures.size());
        i.createdAt = now();
        i.updatedAt = i.createdAt;
        i.persist();
        for (IndicatorRequests.Measure m : measures) {
            measurement(i, m);
        }
        return written(r, i);
    }

    /** @param ifMatch the ETag of the version of the indicator the client read */
    public IndicatorView update(UUID recommendationId, UUID indicatorId, String ifMatch,
                                IndicatorRequests.Update request) {
        Recommendation r = access.lockMayReport(recommendationId);
        RecommendationIndicator i = require(r.id, indicatorId);
        Preconditions.requireIfMatch(ifMatch, i.version);
        if (request.nameAr() != null) {
            i.nameAr = request.nameAr().strip();
        }
        if (request.nameEn() != null) {
            i.nameEn = blankToNull(request.nameEn());
        }
        if (request.unit() != null) {
            i.unit = blankToNull(request.unit());
        }
        if (request.baseline() != null) {
            i.baseline = figure(request.baseline());
        }
        if (request.baselineDate() != null) {
            i.baselineDate = request.baselineDate();
        }
        if (request.target() != null) {
            i.target = figure(request.target());
        }
        if (request.targetDate() != null) {
            i.targetDate = request.targetDate();
        }
        requireDates(i);
        i.updatedAt = now();
        return written(r, i);
    }

    /** @throws ProblemException 409 when the indicator has {@code liaison.recommendations.measurements-max} entries */
    public MeasurementView measure(UUID recommendationId, UUID indicatorId, IndicatorRequests.Measure request) {
        Recommendation r = access.lockMayReport(recommendationId);
        RecommendationIndicator i = require(r.id, indicatorId);
        requireMeasuredBefore("measuredOn", request.measuredOn());
        requireRoom(i.id, 1);
        i.updatedAt = now();
        IndicatorMeasurement m = measurement(i, request);
        written(r, i);
        return MeasurementView.of(m.toState(), null);
    }

    /**
     * Withdraws a measurement: a new entry names it, and it no longer stands from then on; both stay.
     *
     * @throws ProblemException 404 for no such measurement of the indicator, 409 naming {@code measurementId} for
     *                          one withdrawn already
     */
    public MeasurementView.Withdrawal withdraw(UUID recommendationId, UUID indicatorId, UUID measurementId,
                                               String note) {
        Recommendation r = access.lockMayReport(recommendationId);
        RecommendationIndicator i = require(r.id, indicatorId);
        IndicatorMeasurement withdrawn = IndicatorMeasurement.findById(measurementId);
        if (withdrawn == null || !withdrawn.indicatorId.equals(i.id) || withdrawn.withdraws != null) {
            throw ProblemException.notFound("measurement of indicator " + i.id, measurementId);
        }
        if (IndicatorMeasurement.count("withdraws", measurementId) > 0) {
            String message = "measurement " + measurementId + " is withdrawn already";
            throw ProblemException.conflict(message, new Problem.FieldError("measurementId", message),
                    Map.of("measurementId", measurementId));
        }
        requireRoom(i.id, 1);
        i.updatedAt = now();
        IndicatorMeasurement w = entry(i);
        w.withdraws = measurementId;
        w.note = blankToNull(note);
        w.persist();
        written(r, i);
        return MeasurementView.Withdrawal.of(w.toState());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorView> list(UUID recommendationId) {
        Recommendation.require(recommendationId);
        List<RecommendationIndicator> indicators = RecommendationIndicator.of(recommendationId);
        List<IndicatorMeasurement> entries = IndicatorMeasurement.of(indicators.stream().map(i -> i.id).toList());
        return indicators.stream().map(i -> IndicatorView.of(i, entries.stream()
                .filter(m -> m.indicatorId.equals(i.id)).map(IndicatorMeasurement::toState).toList())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorView get(UUID recommendationId, UUID indicatorId) {
        return view(require(recommendationId, indicatorId));
    }

    /** A measurement with its withdrawal, if withdrawn. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasurementView measurement(UUID recommendationId, UUID indicatorId, UUID measurementId) {
        RecommendationIndicator i = require(recommendationId, indicatorId);
        return Measurements.byDay(states(i)).stream().filter(m -> m.id().equals(measurementId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("measurement of indicator " + i.id, measurementId));
    }

    /** The checks the writes make of the caller, made before an idempotency key is looked at. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayReport(UUID recommendationId) {
        access.requireMayReport(Recommendation.require(recommendationId));
    }

    /** The revision, the recommendation's new version and its event. */
    private IndicatorView written(Recommendation r, RecommendationIndicator i) {
        revisions.record(i);
        r.updatedAt = i.updatedAt;
        events.recommendation(EventTypes.RECOMMENDATION_UPDATED, r);
        return view(i);
    }

    private IndicatorMeasurement measurement(RecommendationIndicator i, IndicatorRequests.Measure request) {
        IndicatorMeasurement m = entry(i);
        m.value = figure(request.value());
        m.measuredOn = request.measuredOn();
        m.sourceUrl = blankToNull(request.sourceUrl());
        m.note = blankToNull(request.note());
        m.persist();
        return m;
    }

    /** A new entry of the indicator's, recorded by the caller's office when the indicator was written. */
    private IndicatorMeasurement entry(RecommendationIndicator i) {
        IndicatorMeasurement m = new IndicatorMeasurement();
        m.id = UUID.randomUUID();
        m.indicatorId = i.id;
        m.recommendationId = i.recommendationId;
        m.recordedBy = access.actor().office().orElse(null);
        m.recordedAt = i.updatedAt;
        return m;
    }

    private void requireRoom(UUID indicatorId, int adding) {
        if (IndicatorMeasurement.count("indicatorId", indicatorId) + adding > config.measurementsMax()) {
            throw ProblemException.conflict("indicator " + indicatorId + " may hold " + config.measurementsMax()
                    + " measurements and withdrawals", Map.of("measurementsMax", config.measurementsMax()));
        }
    }


    private static IndicatorView view(RecommendationIndicator i) {
        return IndicatorView.of(i, states(i));
    }

    private static List<RecommendationState.Measurement> states(RecommendationIndicator i) {
        return IndicatorMeasurement.of(List.of(i.id)).stream().map(IndicatorMeasurement::toState).toList();
    }

    /** A baseline that is only known for a day yet to come is no baseline; a target may lie ahead. */
    private static void requireDates(RecommendationIndicator i) {
        PartialDate baseline = i.baselineDate;
        PartialDate target = i.targetDate;
        if (baseline != null && baseline.earliest().isAfter(today())) {
            throw ProblemException.unprocessable("baselineDate", "must not be after today (UTC)");
        }
        if (baseline != null && target != null && target.latest().isBefore(baseline.earliest())) {
            throw ProblemException.unprocessable("targetDate", "must not be before baselineDate " + baseline);
        }
    }

    /** A value is measured on a day that has come. */
    private static void requireMeasuredBefore(String field, PartialDate measuredOn) {
        if (measuredOn.earliest().isAfter(today())) {
            throw ProblemException.unprocessable(field, "must not be after today (UTC): a value not yet measured");
        }
    }

    /** As given, written without an exponent (1E+3 is 1000), so that every reader shows the same digits. */
    private static BigDecimal figure(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static RecommendationIndicator require(UUID recommendationId, UUID indicatorId) {
        RecommendationIndicator i = RecommendationIndicator.findById(indicatorId);
        if (i == null || !i.recommendationId.equals(recommendationId)) {
            throw ProblemException.notFound("indicator", indicatorId);
        }
        return i;
    }
}
