package org.liaison.dashboard.signin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the test's field that {@link IdentityProviderResource} fills with the running provider. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Provider {
}
