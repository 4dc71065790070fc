package io.luodi.migration.environment;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A firewall rule an environment needs: from a source to a destination port, and how far it has got. */
@Entity
@Table(name = "network_rule")
class NetworkRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long environmentId;

    private String source;

    private String destination;

    private int port;

    @Enumerated(EnumType.STRING)
    private Protocol protocol;

    private String purpose;

    @Enumerated(EnumType.STRING)
    private NetworkRuleStatus status;

    private String statusChangedBy;

    private Instant statusChangedAt;

    @Version
    private long version;

    protected NetworkRule() {
    }

    NetworkRule(long environmentId, NetworkRuleForm form, String by, Instant at) {
        this.environmentId = environmentId;
        this.source = form.source().strip();
        this.destination = form.destination().strip();
        this.port = form.port();
        this.protocol = form.protocol();
        this.purpose = Text.orNull(form.purpose());
        this.status = NetworkRuleStatus.REQUESTED;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    /** Moves the rule along its workflow; a move it does not allow is refused. */
    void move(NetworkRuleStatus to, String by, Instant at) {
        if (!status.next().contains(to)) {
            throw new BusinessRuleException("network.rule.move.notAllowed", status, to);
        }
        this.status = to;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    NetworkRuleView view() {
        return new NetworkRuleView(id, environmentId, source, destination, port, protocol, purpose, status,
                statusChangedBy, statusChangedAt, version);
    }

    Long getId() {
        return id;
    }

    NetworkRuleStatus getStatus() {
        return status;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
