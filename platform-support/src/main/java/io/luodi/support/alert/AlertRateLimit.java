package io.luodi.support.alert;

import io.luodi.support.SupportProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many webhook calls a project may make: a token bucket per project that holds a minute's allowance
 * ({@code luodi.support.alerts.rate-limit}) and refills evenly. Kept in memory: a restart forgives everybody, and
 * each application instance counts for itself.
 */
@Component
public class AlertRateLimit {

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    AlertRateLimit(SupportProperties properties, Clock clock) {
        this.perMinute = properties.alerts().rateLimit();
        this.clock = clock;
    }

    /** Takes one call from the project's allowance; empty when allowed, else how long until the next one is. */
    public Optional<Duration> take(long projectId) {
        return buckets.computeIfAbsent(projectId, id -> new Bucket(perMinute, clock.millis()))
                .take(clock.millis());
    }

    public int perMinute() {
        return perMinute;
    }

    /** A call costs 60,000 units and each millisecond refills {@code perMinute} of them: exact integer arithmetic. */
    private static final class Bucket {

        private static final long CALL = 60_000;

        private final long perMinute;
        private final long capacity;
        private long tokens;
        private long updatedAt;

        Bucket(int perMinute, long now) {
            this.perMinute = perMinute;
            this.capacity = perMinute * CALL;
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized Optional<Duration> take(long now) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) * perMinute);
            updatedAt = now;
            if (tokens >= CALL) {
                tokens -= CALL;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((CALL - tokens + perMinute - 1) / perMinute));
        }
    }
}
