package org.liaison.recommendations.model;

/**
 * An international instrument a recommendation refers to, as stored and shown: the shape of source-text's
 * {@code Instrument}, copied so that the stored JSON does not change when that library's record does.
 *
 * @param id canonical: {@code unsc-2254}, {@code cedaw}, {@code geneva-communique}
 */
public record InstrumentRef(String id, String kind, String nameAr, String nameEn, Integer year) {
}
