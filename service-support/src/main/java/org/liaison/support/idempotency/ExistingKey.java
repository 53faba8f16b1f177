package org.liaison.support.idempotency;

/** A key already claimed by an earlier request: its fingerprint, and its response once that request completed. */
record ExistingKey(String fingerprint, boolean completed, StoredResponse response) {
}
