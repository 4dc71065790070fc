package io.luodi.web.setup;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code luodi.bootstrap.*}: the first administrator of an installation without demo data.
 *
 * @param adminUsername    their username
 * @param adminPassword    their password; when unset, a one-time password is generated and printed to the log
 * @param organisationName the implementer organisation they belong to
 */
@Validated
@ConfigurationProperties("luodi.bootstrap")
public record BootstrapProperties(
        @NotBlank @DefaultValue("admin") String adminUsername,
        String adminPassword,
        @NotBlank @DefaultValue("Implementer") String organisationName) {
}
