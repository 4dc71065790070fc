package io.luodi.support.satisfaction;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.user.CurrentUser;
import io.luodi.support.settings.SupportSettingsManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The Net Promoter Score survey of a project: from the day after its hypercare ends, each of its customer users is
 * invited to answer once, 0–10 with an optional comment. Before that, and for staff, the survey does not exist.
 */
@Service
@Transactional(readOnly = true)
public class NpsSurvey {

    private final NpsResponseRepository responses;
    private final SupportSettingsManagement settings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    NpsSurvey(NpsResponseRepository responses, SupportSettingsManagement settings, JdbcClient jdbc, AuditLog audit,
              Clock clock) {
        this.responses = responses;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A project whose survey waits for the reader's answer. */
    public record Invitation(long projectId, String projectCode, String projectName) {
    }

    /** The project's survey if it waits for the reader's answer now. */
    public Optional<Invitation> invitation(ProjectAccess access) {
        return invitations(access.user(), List.of(access.projectId())).stream().findFirst();
    }

    /** The surveys of the given projects (those the reader may see) that wait for the reader's answer. */
    public List<Invitation> invitations(CurrentUser user, Collection<Long> projectIds) {
        if (!user.isCustomer() || projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, p.code, p.name FROM project p JOIN support_settings s ON s.project_id = p.id
                        WHERE p.id IN (:projects) AND s.hypercare_end < :today
                          AND NOT EXISTS (SELECT 1 FROM nps_response r WHERE r.project_id = p.id AND r.user_id = :me)
                        ORDER BY p.code""")
                .param("projects", projectIds).param("today", LocalDate.now(clock)).param("me", user.id())
                .query((rs, n) -> new Invitation(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .list();
    }

    @Transactional
    public void answer(ProjectAccess access, NpsForm form) {
        if (!isOpenTo(access)) {
            throw new NotFoundException("NPS survey of project " + access.projectId());
        }
        if (responses.existsByProjectIdAndUserId(access.projectId(), access.user().id())) {
            throw new BusinessRuleException("nps.answered");
        }
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        NpsResponse response = responses.saveAndFlush(new NpsResponse(access.projectId(), access.user().id(),
                form.score(), comment, clock.instant()));
        audit.record(AuditAction.CREATE, "nps_response", response.getId(), access.projectId(),
                "NPS answered " + form.score());
    }

    private boolean isOpenTo(ProjectAccess access) {
        LocalDate end = settings.of(access.projectId()).hypercareEnd();
        return access.user().isCustomer() && end != null && LocalDate.now(clock).isAfter(end);
    }
}
