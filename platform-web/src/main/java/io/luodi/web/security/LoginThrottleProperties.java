package io.luodi.web.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code luodi.security.login-throttle.*}: how many failed logins are tolerated before further attempts are
 * refused without checking the password.
 *
 * @param maxFailuresPerAccount failures for one username within the window
 * @param maxFailuresPerAddress failures from one client address within the window (any usernames)
 * @param window                how far back failures count; the block lifts as old failures age out
 */
@Validated
@ConfigurationProperties("luodi.security.login-throttle")
public record LoginThrottleProperties(
        @Min(1) @DefaultValue("5") int maxFailuresPerAccount,
        @Min(1) @DefaultValue("20") int maxFailuresPerAddress,
        @NotNull @DefaultValue("15m") Duration window) {
}
