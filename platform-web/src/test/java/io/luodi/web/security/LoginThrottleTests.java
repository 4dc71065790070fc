package io.luodi.web.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 5, Duration.ofMinutes(15)),
            clock);

    @Test
    void blocksAnAccountAfterTooManyFailuresWhateverTheAddress() {
        throttle.failed("WangFang", "10.0.0.1");
        throttle.failed("wangfang", "10.0.0.2");
        assertThat(throttle.isBlocked("wangfang", "10.0.0.3")).isFalse();

        throttle.failed("wangfang ", "10.0.0.3");

        assertThat(throttle.isBlocked("WANGFANG", "10.0.0.4")).isTrue();
        assertThat(throttle.isBlocked("liqiang", "10.0.0.4")).isFalse();
    }

    @Test
    void blocksAnAddressThatGuessesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }

        assertThat(throttle.isBlocked("someone-else", "203.0.113.9")).isTrue();
        assertThat(throttle.isBlocked("someone-else", "203.0.113.10")).isFalse();
    }

    @Test
    void theBlockLiftsAsFailuresAgeOutOfTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("sunli", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.isBlocked("sunli", "10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("zhoumin", "10.0.0.1");
        }
        throttle.succeeded("zhoumin");
        throttle.failed("zhoumin", "10.0.0.1");

        assertThat(throttle.isBlocked("zhoumin", "10.0.0.9")).isFalse();
        throttle.failed("x", "10.0.0.1");
        throttle.failed("y", "10.0.0.1");
        assertThat(throttle.isBlocked("anyone", "10.0.0.1")).as("five failures from one address").isTrue();
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-25T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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
    }
}
