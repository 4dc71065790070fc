package io.luodi.web.database;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code luodi.embedded-database.*}: the PostgreSQL the application starts itself when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; relative paths are resolved against the working directory
 * @param staleServerTimeout how long to wait for a stale server left by a killed JVM to stop
 */
@Validated
@ConfigurationProperties("luodi.embedded-database")
public record EmbeddedDatabaseProperties(
        @NotNull @DefaultValue("data/postgres") Path dataDirectory,
        @NotNull @DefaultValue("30s") Duration staleServerTimeout) {
}
