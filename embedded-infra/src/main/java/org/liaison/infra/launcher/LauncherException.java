package org.liaison.infra.launcher;

/** Why {@code ./liaison} stops: printed as {@code [liaison] ERROR: ...} on standard error, exit status 1. */
final class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }
}
