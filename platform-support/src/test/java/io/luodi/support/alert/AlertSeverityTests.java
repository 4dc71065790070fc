package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AlertSeverityTests {

    @ParameterizedTest
    @CsvSource({"critical, P1", "Disaster, P1", "high, P2", "HIGH, P2", "major, P2", "error, P2", "warning, P3",
            "Average, P3", "info, P4", "Information, P4", "low, P4"})
    void mapsPrometheusLabelsAndZabbixNames(String word, Severity expected) {
        assertThat(AlertSeverity.of(word)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"page", "Not classified", "严重"})
    void leavesUnknownWordsToTheProjectDefault(String word) {
        assertThat(AlertSeverity.of(word)).isEmpty();
    }
}
