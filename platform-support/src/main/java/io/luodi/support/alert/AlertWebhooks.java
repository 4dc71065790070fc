package io.luodi.support.alert;

import io.luodi.core.ForbiddenException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * A project's monitoring webhook: its managers issue the secret token (shown once) and choose how alerts become
 * tickets; the webhook endpoints check a sender's token here.
 */
@Service
@Transactional(readOnly = true)
public class AlertWebhooks {

    private final AlertWebhookRepository webhooks;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;

    AlertWebhooks(AlertWebhookRepository webhooks, AuditLog audit, Clock clock,
                  @Value("${luodi.public-url:http://localhost:8080}") String publicUrl) {
        this.webhooks = webhooks;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The webhook's settings, for the implementer's staff; customers never see them. */
    public WebhookSettings of(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("monitoring webhook of project " + access.projectId());
        }
        return settings(access.projectId());
    }

    /** Where the project's monitors post, to paste into their configuration. */
    public WebhookEndpoints endpoints(ProjectAccess access) {
        String base = publicUrl + "/hooks/projects/" + access.projectId();
        return new WebhookEndpoints(base + "/alertmanager", base + "/zabbix");
    }

    WebhookSettings settings(long projectId) {
        return webhooks.findById(projectId).orElseGet(() -> AlertWebhook.defaults(projectId)).view();
    }

    /**
     * Issues a new token, replacing the old one, and returns it in plain text: the only time anybody sees it. Only
     * the hash is stored.
     */
    @Transactional
    public String issueToken(ProjectAccess access) {
        requireManager(access);
        AlertWebhook webhook = webhooks.findById(access.projectId())
                .orElseGet(() -> AlertWebhook.defaults(access.projectId()));
        String token = WebhookToken.generate();
        webhook.issue(token, access.user().displayName(), clock.instant());
        webhooks.saveAndFlush(webhook);
        audit.record(AuditAction.UPDATE, "alert_webhook", access.projectId(), access.projectId(),
                "token issued, starting " + webhook.view().tokenHint());
        return token;
    }

    @Transactional
    public void update(ProjectAccess access, AlertSettingsForm form) {
        requireManager(access);
        AlertWebhook webhook = webhooks.findById(access.projectId()).orElse(null);
        if (webhook == null) {
            webhook = AlertWebhook.defaults(access.projectId());
        } else {
            webhook.setVersion(form.version());
        }
        webhook.apply(form);
        webhooks.saveAndFlush(webhook);
        audit.record(AuditAction.UPDATE, "alert_webhook", access.projectId(), access.projectId(),
                "enabled " + form.enabled() + ", auto-resolve " + form.autoResolve() + ", default severity "
                        + form.defaultSeverity());
    }

    /**
     * Whether a webhook call for the project may proceed: the project's webhook is enabled and the token is its
     * current one. An unknown project, a project without a token and a wrong token all answer false alike.
     */
    public boolean authenticate(long projectId, String plainToken) {
        return webhooks.findById(projectId).filter(webhook -> webhook.accepts(plainToken)).isPresent();
    }

    private static void requireManager(ProjectAccess access) {
        if (!access.canManage()) {
            throw new ForbiddenException("monitoring webhook of project " + access.projectId());
        }
    }
}
