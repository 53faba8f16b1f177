package org.liaison.orgs.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.Link;

import static org.liaison.support.text.Texts.blankToNull;

/** A link about an organisation or person (a website, a profile), as a request gives it. */
public record LinkInput(@NotBlank @Size(max = Limits.URL_MAX) @Pattern(regexp = Limits.HTTP_URL,
        message = "must be an http or https URL") String url,
                        @Size(max = Limits.NOTE_MAX) String note) {

    public Link toLink() {
        return new Link(url.strip(), blankToNull(note));
    }
}
