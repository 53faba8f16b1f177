package org.liaison.support.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.logging.MDC;

/** The tests' look at the logging MDC while a request is served. */
@Path("/test/log-context/office")
public class LogContextResource {

    @GET
    @RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
    public String office() {
        return String.valueOf(MDC.get(OfficeLogContext.OFFICE_MDC));
    }
}
