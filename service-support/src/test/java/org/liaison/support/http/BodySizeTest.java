package org.liaison.support.http;

import org.junit.jupiter.api.Test;
import org.liaison.support.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodySizeTest {

    @Test
    void contentLengthAboveTheLimitIsRefusedAtOrBelowIsNot() {
        assertFalse(ContentTooLarge.announcedTooLarge(null, 100));
        assertFalse(ContentTooLarge.announcedTooLarge("100", 100));
        assertTrue(ContentTooLarge.announcedTooLarge("101", 100));
        assertTrue(ContentTooLarge.announcedTooLarge(" 101 ", 100));
        assertTrue(ContentTooLarge.announcedTooLarge("99999999999999999999999", 100));
    }

    @Test
    void aMalformedContentLengthIsLeftToTheServer() {
        assertFalse(ContentTooLarge.announcedTooLarge("", 100));
        assertFalse(ContentTooLarge.announcedTooLarge("-5", 100));
        assertFalse(ContentTooLarge.announcedTooLarge("12a", 100));
    }

    @Test
    void theProblemIs413AndClosesTheConnection() {
        ProblemException e = ContentTooLarge.problem(262144);
        assertEquals(413, e.status());
        assertEquals("close", e.headers().get("Connection"));
        assertEquals(262144L, e.toProblem("/x").extensions().get("maxBodySize"));
    }

    @Test
    void aStreamWithinTheLimitPassesUnchanged() throws IOException {
        byte[] body = new byte[100];
        try (LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 100)) {
            assertArrayEquals(body, in.readAllBytes());
            assertFalse(in.exceeded());
        }
    }

    @Test
    void aStreamPastTheLimitFailsAndRemembersIt() {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);
        assertThrows(IOException.class, in::readAllBytes);
        assertTrue(in.exceeded());
    }

    @Test
    void singleByteReadsAreCountedToo() throws IOException {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        in.read();
        in.read();
        assertThrows(IOException.class, in::read);
        assertTrue(in.exceeded());
    }

    @Test
    void skippedBytesCount() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 5);
        assertThrows(IOException.class, () -> in.skip(10));
    }
}
