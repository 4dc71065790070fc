package io.luodi.web.project;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.Phase;
import io.luodi.core.project.PhasePlan;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.core.web.ReaderTimeZone;
import io.luodi.migration.checklist.Checklists;
import io.luodi.migration.runs.MigrationRuns;
import io.luodi.requirements.PhaseSummaries;
import io.luodi.support.report.SlaReports;
import io.luodi.support.ticket.TicketQueries;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * A phase's page in the project navigation, its plan, and the moves between its statuses. The requirements,
 * environment, data-migration and support phases show where their work stands; a phase whose module has not been built yet says so on its page.
 */
@Controller
class PhaseController {

    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final PhaseSummaries requirementsSummaries;
    private final TicketQueries ticketQueries;
    private final SlaReports slaReports;
    private final Checklists checklists;
    private final MigrationRuns migrationRuns;
    private final CoreProperties core;
    private final Clock clock;

    PhaseController(ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                    PhaseSummaries requirementsSummaries, TicketQueries ticketQueries, SlaReports slaReports,
                    Checklists checklists, MigrationRuns migrationRuns, CoreProperties core, Clock clock) {
        this.migrationRuns = migrationRuns;
        this.ticketQueries = ticketQueries;
        this.slaReports = slaReports;
        this.checklists = checklists;
        this.core = core;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.requirementsSummaries = requirementsSummaries;
        this.clock = clock;
    }

    @GetMapping("/projects/{projectId}/phases/{slug}")
    String showPhase(@PathVariable long projectId, @PathVariable String slug, CurrentUser user, Model model) {
        Phase phase = phase(slug);
        ProjectAccess access = accessPolicy.require(user, projectId);
        ProjectOverview overview = projects.overview(access);
        model.addAttribute("overview", overview);
        model.addAttribute("access", access);
        model.addAttribute("phase", overview.phase(phase));
        model.addAttribute("today", LocalDate.now(clock));
        if (phase == Phase.REQUIREMENTS) {
            model.addAttribute("requirements", requirementsSummaries.summary(access));
        } else if (phase == Phase.ENVIRONMENT) {
            model.addAttribute("environments", checklists.readinessByEnvironment(access));
        } else if (phase == Phase.DATA_MIGRATION) {
            model.addAttribute("migration", migrationRuns.overview(access));
        } else if (phase == Phase.GO_LIVE_SUPPORT || phase == Phase.OPTIMISATION) {
            model.addAttribute("support", ticketQueries.summary(access));
            if (access.seesInternal()) {
                model.addAttribute("slaFigures", slaReports.thisMonth(access, ReaderTimeZone.current(core.timeZone())));
            }
        }
        return "project/phase";
    }

    @GetMapping("/projects/{projectId}/phases/{slug}/plan")
    String showPlanForm(@PathVariable long projectId, @PathVariable String slug, CurrentUser user, Model model) {
        Phase phase = phase(slug);
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        ProjectOverview overview = projects.overview(access);
        ProjectOverview.PhaseView view = overview.phase(phase);
        model.addAttribute("plan", new PhasePlan(view.plannedStart(), view.plannedEnd(), view.internalNote()));
        return planForm(model, access, overview, phase);
    }

    @PostMapping("/projects/{projectId}/phases/{slug}/plan")
    String processPlanForm(@PathVariable long projectId, @PathVariable String slug, CurrentUser user,
                           @Valid @ModelAttribute("plan") PhasePlan plan, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        Phase phase = phase(slug);
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        if (!result.hasErrors()) {
            try {
                projects.planPhase(access, phase, plan);
                redirect.addFlashAttribute("message", "phase.saved");
                return "redirect:/projects/" + projectId + "/phases/" + slug;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return planForm(model, access, projects.overview(access), phase);
    }

    @PostMapping("/projects/{projectId}/phases/{slug}/start")
    String start(@PathVariable long projectId, @PathVariable String slug, CurrentUser user,
                 @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
        return move(projectId, slug, user, redirect, "phase.started",
                (access, phase) -> projects.startPhase(access, phase, dayOrToday(on)));
    }

    @PostMapping("/projects/{projectId}/phases/{slug}/complete")
    String complete(@PathVariable long projectId, @PathVariable String slug, CurrentUser user,
                    @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
        return move(projectId, slug, user, redirect, "phase.completed",
                (access, phase) -> projects.completePhase(access, phase, dayOrToday(on)));
    }

    @PostMapping("/projects/{projectId}/phases/{slug}/reopen")
    String reopen(@PathVariable long projectId, @PathVariable String slug, CurrentUser user,
                  RedirectAttributes redirect) {
        return move(projectId, slug, user, redirect, "phase.reopened", projects::reopenPhase);
    }

    private String move(long projectId, String slug, CurrentUser user, RedirectAttributes redirect,
                        String doneMessage, BiConsumer<ProjectAccess, Phase> transition) {
        Phase phase = phase(slug);
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        Flash.attempt(redirect, doneMessage, () -> transition.accept(access, phase));
        return "redirect:/projects/" + projectId + "/phases/" + slug;
    }

    private LocalDate dayOrToday(LocalDate on) {
        return on != null ? on : LocalDate.now(clock);
    }

    private static String planForm(Model model, ProjectAccess access, ProjectOverview overview, Phase phase) {
        model.addAttribute("access", access);
        model.addAttribute("overview", overview);
        model.addAttribute("phase", overview.phase(phase));
        return "project/phase-plan";
    }

    private static Phase phase(String slug) {
        return Phase.fromSlug(slug).orElseThrow(() -> new NotFoundException("phase " + slug));
    }
}
