package io.luodi.web.audit;

import io.luodi.core.ForbiddenException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditEvent;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.audit.AuditQuery;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The audit trail: administrators see all of it, project managers the events of the projects they manage
 * (logins and other events outside any project are for administrators only).
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    AuditController(AuditLog audit, ProjectAccessPolicy accessPolicy, ProjectManagement projects) {
        this.audit = audit;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping("/audit")
    String showAudit(CurrentUser user, @RequestParam(required = false) AuditAction action,
                     @RequestParam(required = false) Long projectId, @RequestParam(required = false) String actor,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(action, projectId, actor);
        List<ProjectSummary> visible = projects.visibleTo(user);
        Page<AuditEvent> events;
        List<ProjectSummary> filterChoices;
        if (user.isAdmin()) {
            events = audit.search(query, page, PAGE_SIZE);
            filterChoices = visible;
        } else {
            List<Long> auditable = accessPolicy.auditableProjectIds(user);
            if (auditable.isEmpty()) {
                throw new ForbiddenException("audit trail");
            }
            events = audit.searchWithin(auditable, query, page, PAGE_SIZE);
            filterChoices = visible.stream().filter(p -> auditable.contains(p.id())).toList();
        }
        model.addAttribute("events", events);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("projects", filterChoices);
        return "audit/list";
    }
}
