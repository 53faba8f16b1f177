package org.liaison.contracts;

/**
 * Where a fact was read: a publisher's article (North Press, نورث بالس), its URL and publication date.
 * At least one of publisher and URL is present.
 */
public record Source(String publisher, String url, PartialDate publishedOn, String note) {
}
