package org.liaison.support.http;

import jakarta.ws.rs.core.EntityTag;

/** Entity tags derived from an aggregate's version: a strong tag that changes with every change. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
