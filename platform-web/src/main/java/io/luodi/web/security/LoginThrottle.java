package io.luodi.web.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per client address in a sliding window. In memory: a restart forgives,
 * which is acceptable for slowing down guessing; a cluster would need a shared store.
 */
@Component
class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isBlocked(String username, String address) {
        return count(accountKey(username)) >= properties.maxFailuresPerAccount()
                || count(addressKey(address)) >= properties.maxFailuresPerAddress();
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[]{accountKey(username), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
                list.addLast(now);
                prune(list, now);
                return list;
            });
        }
    }

    /** A correct password clears the account's failures; the address keeps its count. */
    void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private int count(String key) {
        Instant now = clock.instant();
        Deque<Instant> list = failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            return times.isEmpty() ? null : times;
        });
        return list == null ? 0 : list.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(properties.window());
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
