package io.luodi.core;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * {@code luodi.core.*}: settings of the shared kernel.
 *
 * @param timeZone the zone that decides which calendar day it is for dates such as a phase's actual start
 */
@Validated
@ConfigurationProperties("luodi.core")
public record CoreProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
