package io.luodi.migration;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the migration module with the core it stands on (and core's shared test fixtures) against the test database. */
@SpringBootApplication(scanBasePackages = {"io.luodi.core", "io.luodi.migration"})
@AutoConfigurationPackage(basePackages = {"io.luodi.core", "io.luodi.migration"})
class MigrationTestApplication {
}
