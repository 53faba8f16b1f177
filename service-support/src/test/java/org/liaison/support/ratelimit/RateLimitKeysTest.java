package org.liaison.support.ratelimit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimitKeysTest {

    @Test
    void anOfficeIsKeyedAndAddressedAsTheOffice() {
        String key = RateLimitKeys.of("0f1c2d3e-0000-4000-8000-000000000001", "editor-1", "127.0.0.1");
        assertEquals("office:0f1c2d3e-0000-4000-8000-000000000001", key);
        assertEquals("your office sends", RateLimitKeys.sender(key));
    }

    @Test
    void aTokenWithoutAnOfficeIsKeyedAndAddressedAsItsSubject() {
        String key = RateLimitKeys.of(" ", "editor-1", "127.0.0.1");
        assertEquals("subject:editor-1", key);
        assertEquals("you send", RateLimitKeys.sender(key));
    }

    @Test
    void anAnonymousRequestIsKeyedAndAddressedAsItsAddress() {
        String key = RateLimitKeys.of(null, null, "127.0.0.1");
        assertEquals("address:127.0.0.1", key);
        assertEquals("your address sends", RateLimitKeys.sender(key));
    }
}
