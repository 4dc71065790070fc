package io.luodi.support.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BarChartTests {

    static BarChart.Series series(String name, Double... values) {
        return new BarChart.Series(name, "chart-series-1", Arrays.asList(values),
                Arrays.stream(values).map(v -> v == null ? "—" : v + " %").toList());
    }

    @Test
    void barsAreAsTallAsTheirValuesOnTheScaleAndStandOnTheAxis() {
        BarChart chart = BarChart.of("c", "达成率", "desc", List.of("2026-01", "2026-02"),
                List.of(series("响应", 100.0, 50.0), series("解决", 25.0, null)), 100.0);

        List<BarChart.Bar> bars = chart.bars();
        assertThat(bars).hasSize(3);
        double full = bars.get(0).height();
        assertThat(full).isEqualTo(BarChart.HEIGHT - BarChart.TOP - BarChart.BOTTOM);
        assertThat(bars.get(1).height()).isCloseTo(full / 4, within(0.1));
        assertThat(bars.get(2).height()).isCloseTo(full / 2, within(0.1));
        assertThat(bars).allSatisfy(b -> assertThat(b.y() + b.height()).isCloseTo(chart.plotBottom(), within(0.1)));
        assertThat(bars.get(2).x()).as("the second month's bars come after the first's").isGreaterThan(bars.get(1).x());
        assertThat(bars.get(1).label()).isEqualTo("2026-01 · 解决: 25.0 %");
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void withoutAFixedScaleTheScaleRunsToARoundNumberAboveTheLargestValue() {
        BarChart chart = BarChart.of("c", "t", "d", List.of("a", "b"), List.of(series("s", 3.2, 1.6)), null);
        assertThat(chart.max()).isEqualTo(5.0);
        assertThat(chart.ticks()).extracting(BarChart.Label::text).containsExactly("0", "2.5", "5");
        assertThat(BarChart.roundUp(0.0)).isEqualTo(1.0);
        assertThat(BarChart.roundUp(0.004)).as("a few seconds in hours").isEqualTo(1.0);
        assertThat(BarChart.roundUp(12)).isEqualTo(20.0);
        assertThat(BarChart.roundUp(100)).isEqualTo(100.0);
        assertThat(BarChart.roundUp(101)).isEqualTo(200.0);
    }

    @Test
    void aChartWithoutValuesIsEmptyAndDrawsNoBars() {
        BarChart chart = BarChart.of("c", "t", "d", List.of("2026-01"), List.of(series("s", (Double) null)), null);
        assertThat(chart.empty()).isTrue();
        assertThat(chart.bars()).isEmpty();
        assertThat(BarChart.of("c", "t", "d", List.of(), List.of(), 100.0).bars()).isEmpty();
    }
}
