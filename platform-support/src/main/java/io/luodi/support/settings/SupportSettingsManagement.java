package io.luodi.support.settings;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a project's support settings; only its managers change them. */
@Service
@Transactional(readOnly = true)
public class SupportSettingsManagement {

    private final SupportSettingsRepository settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;

    SupportSettingsManagement(SupportSettingsRepository settings, AuditLog audit,
                              ApplicationEventPublisher publisher) {
        this.settings = settings;
        this.audit = audit;
        this.publisher = publisher;
    }

    public SettingsView of(long projectId) {
        return settings.findById(projectId).orElseGet(() -> SupportSettings.defaults(projectId)).view();
    }

    @Transactional
    public void update(ProjectAccess access, SettingsForm form) {
        if (!access.canManage()) {
            throw new ForbiddenException("support settings of project " + access.projectId());
        }
        if (form.hypercareStart() != null && form.hypercareEnd() != null
                && form.hypercareEnd().isBefore(form.hypercareStart())) {
            throw BusinessRuleException.onField("hypercareEnd", "support.settings.hypercareEnd.beforeStart");
        }
        SupportSettings current = settings.findById(access.projectId()).orElse(null);
        if (current == null) {
            current = SupportSettings.defaults(access.projectId());
        } else {
            current.setVersion(form.version());
        }
        current.apply(form);
        settings.saveAndFlush(current);
        audit.record(AuditAction.UPDATE, "support_settings", access.projectId(), access.projectId(),
                "visibility " + form.customerVisibility() + ", reopen " + form.reopenWindowDays() + " d, at risk "
                        + form.atRiskPercent() + " %, hypercare " + form.hypercareStart() + " – " + form.hypercareEnd());
        publisher.publishEvent(new SupportSettingsChanged(access.projectId()));
    }
}
