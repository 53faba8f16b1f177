package org.liaison.meetings.model;

/**
 * An international instrument a meeting refers to, as resolved when it was recorded: the canonical id the
 * events carry ({@code unsc-2254}), its names for the view, and the text the request gave («القرار ٢٢٥٤»).
 */
public record InstrumentRef(String id, String kind, String nameAr, String nameEn, Integer year, String asWritten) {
}
