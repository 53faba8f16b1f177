package org.liaison.orgs.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.liaison.contracts.Identifier;

import static org.liaison.support.text.Texts.blankToNull;

/** An identifier issued by another register, as a request gives it. */
public record IdentifierInput(@Size(max = Limits.NAME_MAX) String scheme,
                              @NotBlank @Size(max = Limits.NAME_MAX) String identifier) {

    public Identifier toIdentifier() {
        return new Identifier(blankToNull(scheme), identifier.strip());
    }
}
