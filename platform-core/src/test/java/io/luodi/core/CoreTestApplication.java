package io.luodi.core;

import io.luodi.core.audit.AuditContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.util.Optional;

/** Boots the core module alone against the test database. */
@SpringBootApplication
class CoreTestApplication {

    @Bean
    AuditContext testAuditContext() {
        return new AuditContext() {
            @Override
            public Optional<String> actor() {
                return Optional.of("tester");
            }

            @Override
            public Optional<String> remoteAddress() {
                return Optional.of("192.0.2.1");
            }
        };
    }
}
