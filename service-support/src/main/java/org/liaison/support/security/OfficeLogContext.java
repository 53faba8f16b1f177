package org.liaison.support.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the partner office of the request being served into the logging MDC ({@code office}) as soon as its token
 * is verified, so that every line logged for the request says whose it was (a JSON log line carries it in
 * {@code mdc}); the response filter takes it out again. Authentication is lazy here (it happens where an endpoint
 * asks for a role), so lines logged before it, and those of anonymous requests, have no office.
 */
@ApplicationScoped
public class OfficeLogContext implements SecurityIdentityAugmentor {

    public static final String OFFICE_MDC = "office";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            CurrentActor.officeOf(identity.getPrincipal()).ifPresent(office -> MDC.put(OFFICE_MDC, office.toString()));
        }
        return Uni.createFrom().item(identity);
    }

    @ServerResponseFilter
    public void served() {
        MDC.remove(OFFICE_MDC);
    }
}
