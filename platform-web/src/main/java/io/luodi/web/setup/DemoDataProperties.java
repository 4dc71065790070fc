package io.luodi.web.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code luodi.demo-data.*}.
 *
 * @param enabled load the demo data set into an empty database; when unset, it is loaded only into the embedded
 *                default database, never into a configured one
 */
@ConfigurationProperties("luodi.demo-data")
public record DemoDataProperties(Boolean enabled) {
}
