package io.luodi.support.alert;

import io.luodi.support.SupportProperties;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRateLimitTests {

    private Instant now = Instant.parse("2026-05-04T02:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aProjectGetsAMinutesAllowanceAndThenWaitsForTheNextCall() {
        AlertRateLimit limit = new AlertRateLimit(new SupportProperties(null, new SupportProperties.Alerts(6), null, null), clock);
        for (int i = 0; i < 6; i++) {
            assertThat(limit.take(1)).isEmpty();
        }
        assertThat(limit.take(1)).contains(Duration.ofSeconds(10));
        assertThat(limit.take(2)).as("another project has its own allowance").isEmpty();

        now = now.plusSeconds(4);
        assertThat(limit.take(1)).contains(Duration.ofSeconds(6));
        now = now.plusSeconds(6);
        assertThat(limit.take(1)).isEmpty();
        assertThat(limit.take(1)).isPresent();
    }
}
