package org.liaison.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LagChartTest {

    @Test
    void drawsOneLinePerGroupWithTheLargestLagAtTheTop() {
        String svg = LagChart.svg("lag", List.of(
                new LagSampler.Sample(0, Map.of("a", 0L, "b", 0L)),
                new LagSampler.Sample(5, Map.of("a", 40L, "b", 10L)),
                new LagSampler.Sample(10, Map.of("a", 0L, "b", 0L))), 0, 8);

        assertEquals(2, svg.split("<polyline").length - 1);
        assertTrue(svg.contains(">40</text>"), "the axis is labelled with the largest lag");
        assertTrue(svg.startsWith("<svg"));
    }
}
