package io.luodi.migration.web;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.migration.runs.MigrationRuns;
import io.luodi.migration.runs.RunView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A run's page for the implementer's staff: plan version, source, counts, reconciliation with its chart, the
 * SAMPLE preview and the rejected rows a page at a time with their downloads; while it runs, a progress bar that
 * polls its fragment (htmx) and a cancel button.
 */
@Controller
@RequestMapping("/projects/{projectId}/migration/runs/{runId}")
class RunController {

    static final int REJECTS_PAGE = 50;

    private final MigrationRuns runs;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    RunController(MigrationRuns runs, ProjectAccessPolicy accessPolicy, ProjectManagement projects) {
        this.runs = runs;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String show(@PathVariable long projectId, @PathVariable long runId, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, Model model) {
        ProjectAccess access = staff(user, projectId);
        RunView run = runs.view(access, runId);
        model.addAttribute("run", run);
        long rejected = runs.rejectedCount(access, runId);
        int pages = (int) Math.max(1, (rejected + REJECTS_PAGE - 1) / REJECTS_PAGE);
        int current = Math.min(Math.max(0, page), pages - 1);
        model.addAttribute("rejects", runs.rejects(access, runId, current, REJECTS_PAGE));
        model.addAttribute("storedRejects", rejected);
        model.addAttribute("rejectsPage", current);
        model.addAttribute("rejectsPages", pages);
        return MigrationPages.page(model, access, projects, "migration/runs/run");
    }

    /**
     * The progress fragment the page polls. Once the run has ended, a poll asks htmx to reload the page, which then
     * shows the results and stops polling.
     */
    @GetMapping("/progress")
    String progress(@PathVariable long projectId, @PathVariable long runId,
                    @RequestParam(defaultValue = "false") boolean polling, CurrentUser user, Model model,
                    HttpServletResponse response) {
        ProjectAccess access = staff(user, projectId);
        RunView run = runs.view(access, runId);
        if (polling && run.finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        model.addAttribute("access", access);
        return "migration/runs/progress :: progress";
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long projectId, @PathVariable long runId, CurrentUser user,
                  RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        Flash.attempt(redirect, "migration.run.cancelRequested", () -> runs.cancel(access, runId));
        return MigrationPages.run(projectId, runId);
    }

    @GetMapping("/rejects.xlsx")
    ResponseEntity<byte[]> rejectsXlsx(@PathVariable long projectId, @PathVariable long runId, CurrentUser user) {
        ProjectAccess access = staff(user, projectId);
        return Downloads.of(runs.rejectsXlsx(access, runId, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/rejects.csv")
    ResponseEntity<byte[]> rejectsCsv(@PathVariable long projectId, @PathVariable long runId, CurrentUser user) {
        ProjectAccess access = staff(user, projectId);
        return Downloads.of(runs.rejectsCsv(access, runId, LocaleContextHolder.getLocale()));
    }

    private ProjectAccess staff(CurrentUser user, long projectId) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        MigrationPages.requireStaff(access);
        return access;
    }
}
