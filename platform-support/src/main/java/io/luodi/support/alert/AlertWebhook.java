package io.luodi.support.alert;

import io.luodi.support.ticket.Severity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A project's monitoring webhook; a project without a row has no token, so no alert is accepted. */
@Entity
@Table(name = "alert_webhook")
class AlertWebhook {

    @Id
    private Long projectId;

    private String tokenHash;

    private String tokenHint;

    private Instant tokenIssuedAt;

    private String tokenIssuedBy;

    private boolean enabled;

    private boolean autoResolve;

    @Enumerated(EnumType.STRING)
    private Severity defaultSeverity;

    @Version
    private Long version;

    protected AlertWebhook() {
    }

    static AlertWebhook defaults(long projectId) {
        AlertWebhook webhook = new AlertWebhook();
        webhook.projectId = projectId;
        webhook.enabled = true;
        // An alert that opened its ticket by itself closes the loop by itself unless the project wants a person to.
        webhook.autoResolve = true;
        webhook.defaultSeverity = Severity.P3;
        return webhook;
    }

    /** Replaces the token; the old one stops working at once. */
    void issue(String plainToken, String issuedBy, Instant now) {
        tokenHash = WebhookToken.hash(plainToken);
        tokenHint = plainToken.substring(0, WebhookToken.HINT_LENGTH);
        tokenIssuedAt = now;
        tokenIssuedBy = issuedBy;
    }

    void apply(AlertSettingsForm form) {
        enabled = form.enabled();
        autoResolve = form.autoResolve();
        defaultSeverity = form.defaultSeverity();
    }

    boolean accepts(String plainToken) {
        return enabled && WebhookToken.matches(plainToken, tokenHash);
    }

    WebhookSettings view() {
        return new WebhookSettings(projectId, tokenHash != null, tokenHint, tokenIssuedAt, tokenIssuedBy, enabled,
                autoResolve, defaultSeverity, version == null ? 0 : version);
    }

    void setVersion(long version) {
        this.version = version;
    }
}
