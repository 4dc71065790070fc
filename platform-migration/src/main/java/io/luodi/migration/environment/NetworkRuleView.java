package io.luodi.migration.environment;

import java.time.Instant;

public record NetworkRuleView(long id, long environmentId, String source, String destination, int port,
                              Protocol protocol, String purpose, NetworkRuleStatus status, String statusChangedBy,
                              Instant statusChangedAt, long version) {
}
