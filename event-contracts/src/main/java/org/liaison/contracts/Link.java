package org.liaison.contracts;

/** A URL about the organisation or person (its website, a profile), with an optional note. */
public record Link(String url, String note) {
}
