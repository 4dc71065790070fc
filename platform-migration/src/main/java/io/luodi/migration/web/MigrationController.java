package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.FormErrors;
import io.luodi.migration.planning.MigrationPlans;
import io.luodi.migration.planning.PlanForm;
import io.luodi.migration.runs.MigrationRuns;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The migration phase's front page: every dataset with its latest runs, reconciliation, spot checks and sign-off
 * (customers see this much of migration and the spot checks, nothing else), and for the implementer's staff the
 * plans and a new one.
 */
@Controller
@RequestMapping("/projects/{projectId}/migration")
class MigrationController {

    private final MigrationPlans plans;
    private final MigrationRuns runs;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    MigrationController(MigrationPlans plans, MigrationRuns runs, ProjectAccessPolicy accessPolicy,
                        ProjectManagement projects) {
        this.plans = plans;
        this.runs = runs;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String overview(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (access.seesInternal() && !model.containsAttribute("plan")) {
            model.addAttribute("plan", PlanForm.blank());
        }
        return overview(access, model);
    }

    @PostMapping("/plans")
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("plan") PlanForm form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        MigrationPages.requireStaff(access);
        if (!result.hasErrors()) {
            try {
                long id = plans.create(access, form);
                redirect.addFlashAttribute("message", "migration.plan.created");
                return MigrationPages.plan(projectId, id);
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return overview(access, model);
    }

    private String overview(ProjectAccess access, Model model) {
        model.addAttribute("statuses", runs.overview(access));
        if (access.seesInternal()) {
            model.addAttribute("plans", plans.list(access));
        }
        return MigrationPages.page(model, access, projects, "migration/plans/overview");
    }
}
