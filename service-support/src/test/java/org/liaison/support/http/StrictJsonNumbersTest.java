package org.liaison.support.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Numbers in request bodies: a decimal takes any JSON number with its digits as written, never text. */
class StrictJsonNumbersTest {

    record Figure(BigDecimal value, Integer count) {
    }

    private static final ObjectMapper MAPPER = StrictJsonLimitsTest.mapper(new StrictJsonLimitsTest.Limits(10, 100,
            1000));

    @Test
    void aDecimalTakesWholeAndFractionalNumbersAsWritten() throws Exception {
        assertEquals(new BigDecimal("10"), MAPPER.readValue("{\"value\":10}", Figure.class).value());
        assertEquals(new BigDecimal("5.50"), MAPPER.readValue("{\"value\":5.50}", Figure.class).value());
    }

    @Test
    void textIsNoNumberAndAFractionIsNoCount() {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"value\":\"10\"}", Figure.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"count\":1.5}", Figure.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"count\":\"1\"}", Figure.class));
    }
}
