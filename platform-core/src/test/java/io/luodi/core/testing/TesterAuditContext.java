package io.luodi.core.testing;

import io.luodi.core.audit.AuditContext;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The audit context of module tests: every change is made by "tester" from a documentation address. */
@Component
class TesterAuditContext implements AuditContext {

    @Override
    public Optional<String> actor() {
        return Optional.of("tester");
    }

    @Override
    public Optional<String> remoteAddress() {
        return Optional.of("192.0.2.1");
    }
}
