package io.luodi.support;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the support module with the core it stands on (and core's shared test fixtures) against the test database. */
@SpringBootApplication(scanBasePackages = {"io.luodi.core", "io.luodi.support"})
@AutoConfigurationPackage(basePackages = {"io.luodi.core", "io.luodi.support"})
class SupportTestApplication {
}
