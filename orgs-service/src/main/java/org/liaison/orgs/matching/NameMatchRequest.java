package org.liaison.orgs.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Compact keys ({@code ArabicNames.compactKey}) of names as an article writes them, of organisations and of people.
 *
 * @param organizations keys to look up among organisations' names, short names and other names
 * @param people        keys to look up among people's names
 */
public record NameMatchRequest(
        @Size(max = NameMatchRequest.MAX_KEYS) List<@NotBlank @Size(max = NameMatchRequest.MAX_KEY_LENGTH) String>
                organizations,
        @Size(max = NameMatchRequest.MAX_KEYS) List<@NotBlank @Size(max = NameMatchRequest.MAX_KEY_LENGTH) String>
                people) {

    /** An article of 100,000 characters gives fewer (a few keys per word, each word once). */
    public static final int MAX_KEYS = 20_000;
    /** Longer than any name: a key is at most a few words. */
    public static final int MAX_KEY_LENGTH = 500;

    public List<String> organizationKeys() {
        return organizations == null ? List.of() : organizations;
    }

    public List<String> peopleKeys() {
        return people == null ? List.of() : people;
    }
}
