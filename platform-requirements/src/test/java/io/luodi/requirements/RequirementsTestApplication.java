package io.luodi.requirements;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the requirements module with the core it stands on (and core's shared test fixtures) against the test database. */
@SpringBootApplication(scanBasePackages = {"io.luodi.core", "io.luodi.requirements"})
@AutoConfigurationPackage(basePackages = {"io.luodi.core", "io.luodi.requirements"})
class RequirementsTestApplication {
}
