package org.liaison.contracts;

/** An identifier another register issued, e.g. {@code wikidata} Q-number or a registration number. */
public record Identifier(String scheme, String identifier) {
}
