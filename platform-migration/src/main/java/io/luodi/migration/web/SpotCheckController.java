package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.migration.runs.MigrationRuns;
import io.luodi.migration.runs.SpotCheckStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A FULL run's spot checks, source beside target: everyone on the project reads them, the customer's users
 * confirm or dispute each one with a comment.
 */
@Controller
@RequestMapping("/projects/{projectId}/migration/runs/{runId}/spot-checks")
class SpotCheckController {

    private final MigrationRuns runs;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    SpotCheckController(MigrationRuns runs, ProjectAccessPolicy accessPolicy, ProjectManagement projects) {
        this.runs = runs;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String show(@PathVariable long projectId, @PathVariable long runId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("run", runs.summary(access, runId));
        model.addAttribute("checks", runs.spotChecks(access, runId));
        return MigrationPages.page(model, access, projects, "migration/runs/spot-checks");
    }

    @PostMapping("/{checkId}")
    String decide(@PathVariable long projectId, @PathVariable long runId, @PathVariable long checkId,
                  CurrentUser user, @RequestParam SpotCheckStatus decision,
                  @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            Flash.attempt(redirect, "migration.spotCheck." + decision,
                    () -> runs.decide(access, runId, checkId, decision, comment));
        } catch (OptimisticLockingFailureException raced) {
            Flash.refused(redirect, new BusinessRuleException("migration.plan.stale", 0));
        }
        return "redirect:/projects/" + projectId + "/migration/runs/" + runId + "/spot-checks#check-" + checkId;
    }
}
