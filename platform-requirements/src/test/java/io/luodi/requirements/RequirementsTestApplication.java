package io.luodi.requirements;

import io.luodi.core.audit.AuditContext;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.Optional;

/** Boots the requirements module with the core it stands on, against the test database. */
@SpringBootApplication(scanBasePackages = {"io.luodi.core", "io.luodi.requirements"})
@AutoConfigurationPackage(basePackages = {"io.luodi.core", "io.luodi.requirements"})
class RequirementsTestApplication {

    @Bean
    AuditContext testAuditContext() {
        return new AuditContext() {
            @Override
            public Optional<String> actor() {
                return Optional.of("tester");
            }

            @Override
            public Optional<String> remoteAddress() {
                return Optional.empty();
            }
        };
    }
}
