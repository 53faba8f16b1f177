package org.liaison.support.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishFailuresTest {

    @Test
    void aRecordTheBrokerCanNeverAcceptIsPermanent() {
        for (Throwable failure : List.of(
                new RecordTooLargeException("The message is 1100000 bytes when serialized which is larger "
                        + "than 1048576"),
                new RecordBatchTooLargeException("too large"),
                new InvalidRecordException("compacted topic needs a key"),
                new SerializationException("cannot serialize"))) {
            assertSame(failure, PublishFailures.permanentCause(failure).orElseThrow(), failure.toString());
        }
    }

    @Test
    void theCauseIsFoundWhereverTheNackWrappedIt() {
        RecordTooLargeException tooLarge = new RecordTooLargeException("too large");
        assertSame(tooLarge, PublishFailures.permanentCause(new ExecutionException(tooLarge)).orElseThrow());
        assertSame(tooLarge, PublishFailures.permanentCause(
                new CompletionException(new KafkaException("send failed", tooLarge))).orElseThrow());
    }

    @Test
    void whatMayPassOrHitsEveryRecordIsNotPermanent() {
        for (Throwable failure : List.of(
                new TimeoutException("Expiring 1 record(s): 25000 ms has passed"),
                new java.util.concurrent.TimeoutException(), // fully qualified: Kafka's TimeoutException is imported
                new NotEnoughReplicasException("2 < 3"),
                new NotLeaderOrFollowerException("moved"),
                new CorruptRecordException("crc"),
                new InvalidTopicException("no such topic"),
                new TopicAuthorizationException("denied"),
                new AuthorizationException("denied"),
                new UnknownServerException("broker bug"),
                new IllegalStateException("SRMSG00034: Insufficient downstream requests"),
                new KafkaException("producer closed"))) {
            assertTrue(PublishFailures.permanentCause(failure).isEmpty(), failure.toString());
            assertTrue(PublishFailures.permanentCause(new ExecutionException(failure)).isEmpty(), failure.toString());
        }
    }

    @Test
    void aRetriableFailureMetFirstWins() {
        // A timeout whose cause happens to be a size problem is still a timeout: the next round may succeed.
        assertTrue(PublishFailures.permanentCause(
                new TimeoutException("expired", new RecordTooLargeException("too large"))).isEmpty());
    }

    @Test
    void aCauseChainWithACycleEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertTrue(PublishFailures.permanentCause(a).isEmpty());
    }

    @Test
    void theReasonNamesTheExceptionAndIsCut() {
        assertEquals("org.apache.kafka.common.errors.RecordTooLargeException: too large",
                PublishFailures.reason(new RecordTooLargeException("too large")));
        assertEquals("org.apache.kafka.common.errors.SerializationException",
                PublishFailures.reason(new SerializationException((String) null)));
        String reason = PublishFailures.reason(new RecordTooLargeException("x".repeat(5000)));
        assertEquals(PublishFailures.MAX_REASON_LENGTH, reason.length());
        assertTrue(reason.endsWith("…"));
        String emoji = PublishFailures.reason(new RecordTooLargeException("\uD83D\uDE00".repeat(3000)));
        assertTrue(emoji.length() <= PublishFailures.MAX_REASON_LENGTH);
        assertTrue(!Character.isHighSurrogate(emoji.charAt(emoji.length() - 2)), "no surrogate pair is split");
    }
}
