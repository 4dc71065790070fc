package io.luodi.web.project;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectDetails;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.project.ProjectStatus;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.core.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/** A project's overview with its phase timeline, and the project form. */
@Controller
class ProjectController {

    private static final String FORM = "project/form";

    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final OrganisationManagement organisations;
    private final Clock clock;

    ProjectController(ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                      OrganisationManagement organisations, Clock clock) {
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/projects/{projectId}")
    String showProject(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ProjectOverview overview = projects.overview(access);
        model.addAttribute("overview", overview);
        model.addAttribute("access", access);
        model.addAttribute("timeline", PhaseTimeline.of(overview.phases(), LocalDate.now(clock)));
        return "project/overview";
    }

    @GetMapping("/projects/new")
    String showCreateForm(CurrentUser user, Model model) {
        requireCreator(user);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("project", new ProjectDetails(null, null, null, null, SystemType.ERP,
                ProjectStatus.PLANNING, today, today.plusMonths(6)));
        return form(model, null);
    }

    @PostMapping("/projects/new")
    String processCreateForm(CurrentUser user, @Valid @ModelAttribute("project") ProjectDetails details,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        requireCreator(user);
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = projects.create(user, details);
            redirect.addFlashAttribute("message", "project.created");
            return "redirect:/projects/" + id;
        } catch (BusinessRuleException refusal) {
            FormErrors.reject(result, refusal);
            return form(model, null);
        }
    }

    @GetMapping("/projects/{projectId}/edit")
    String showEditForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectOverview overview = projects.overview(accessPolicy.requireManager(user, projectId));
        var summary = overview.project();
        model.addAttribute("project", new ProjectDetails(summary.code(), summary.name(), overview.description(),
                overview.customerOrganisationId(), summary.systemType(), summary.status(), summary.startDate(),
                summary.plannedGoLive()));
        return form(model, projectId);
    }

    @PostMapping("/projects/{projectId}/edit")
    String processEditForm(@PathVariable long projectId, CurrentUser user,
                           @Valid @ModelAttribute("project") ProjectDetails details, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        if (result.hasErrors()) {
            return form(model, projectId);
        }
        try {
            projects.update(access, details);
            redirect.addFlashAttribute("message", "project.saved");
            return "redirect:/projects/" + projectId;
        } catch (BusinessRuleException refusal) {
            FormErrors.reject(result, refusal);
            return form(model, projectId);
        }
    }

    /** The form's choices; the form object itself is already in the model, with its binding errors if any. */
    private String form(Model model, Long projectId) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("customers", organisations.customers());
        model.addAttribute("systemTypes", SystemType.values());
        model.addAttribute("statuses", ProjectStatus.values());
        return FORM;
    }

    private static void requireCreator(CurrentUser user) {
        if (user.role() != Role.ADMIN && user.role() != Role.PM) {
            throw new ForbiddenException("creating projects");
        }
    }
}
