package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.support.revisit.OccurrenceForm;
import io.luodi.support.revisit.Recurrence;
import io.luodi.support.revisit.RevisitDetail;
import io.luodi.support.revisit.RevisitKind;
import io.luodi.support.revisit.RevisitManagement;
import io.luodi.support.revisit.RevisitPlanForm;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Scheduled revisits of the project's customer: plans, recording a revisit held, ticking off follow-up actions.
 * The implementer's pages only; a customer user gets 404 for every one of them.
 */
@Controller
@RequestMapping("/projects/{projectId}/revisits")
class RevisitController {

    private static final String FORM = "support/revisits/form";
    private static final String RECORD = "support/revisits/record";

    private final RevisitManagement revisits;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final Clock clock;

    RevisitController(RevisitManagement revisits, ProjectAccessPolicy accessPolicy, ProjectManagement projects,
                      Clock clock) {
        this.revisits = revisits;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
        this.clock = clock;
    }

    /** The form binds through its constructor only: its list drops blank follow-up rows. */
    @InitBinder("occurrence")
    void bindThroughConstructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = implementer(user, projectId);
        model.addAttribute("revisits", revisits.list(access));
        return page(model, access, "support/revisits/list");
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = implementer(user, projectId);
        Long owner = revisits.owners(access).stream().anyMatch(m -> m.userId() == user.id()) ? user.id() : null;
        model.addAttribute("plan", RevisitPlanForm.blank(LocalDate.now(clock), owner));
        return form(model, access, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("plan") RevisitPlanForm form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = revisits.create(access, form);
                redirect.addFlashAttribute("message", "revisit.created");
                return "redirect:/projects/" + projectId + "/revisits/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = implementer(user, projectId);
        model.addAttribute("plan", revisits.detail(access, id));
        return page(model, access, "support/revisits/detail");
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = implementer(user, projectId);
        model.addAttribute("plan", revisits.detail(access, id).toForm());
        return form(model, access, id);
    }

    @PostMapping("/{id}")
    String processEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                           @Valid @ModelAttribute("plan") RevisitPlanForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        if (!result.hasErrors()) {
            try {
                revisits.update(access, id, form);
                redirect.addFlashAttribute("message", "revisit.saved");
                return "redirect:/projects/" + projectId + "/revisits/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("revisit.stale");
            }
        }
        return form(model, access, id);
    }

    @GetMapping("/{id}/record")
    String showRecordForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = implementer(user, projectId);
        RevisitDetail plan = revisits.detail(access, id);
        if (plan.open() == null) {
            throw new NotFoundException("open occurrence of revisit plan " + id);
        }
        model.addAttribute("occurrence", OccurrenceForm.blank(plan.open().id(), LocalDate.now(clock)));
        return record(model, access, plan);
    }

    @PostMapping("/{id}/occurrences")
    String processRecordForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                             @Valid @ModelAttribute("occurrence") OccurrenceForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        if (!result.hasErrors()) {
            try {
                revisits.record(access, id, form);
                redirect.addFlashAttribute("message", "revisit.recorded");
                return "redirect:/projects/" + projectId + "/revisits/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("revisit.occurrence.stale");
            }
        }
        return record(model, access, revisits.detail(access, id));
    }

    /** Ticks a follow-up action off or opens it again; with htmx only its row is sent back. */
    @PostMapping("/{id}/follow-ups/{followUpId}")
    String markFollowUp(@PathVariable long projectId, @PathVariable long id, @PathVariable long followUpId,
                        CurrentUser user, @RequestParam boolean done,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                        RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        try {
            revisits.markFollowUp(access, id, followUpId, done);
        } catch (OptimisticLockingFailureException raced) {
            Flash.refused(redirect, new BusinessRuleException("revisit.stale"));
            return "redirect:/projects/" + projectId + "/revisits/" + id;
        }
        if (htmx != null) {
            RevisitDetail plan = revisits.detail(access, id);
            model.addAttribute("plan", plan);
            model.addAttribute("followUp", plan.followUp(followUpId));
            model.addAttribute("access", access);
            return "support/revisits/detail :: followUp";
        }
        redirect.addFlashAttribute("message", done ? "revisit.followUp.closed" : "revisit.followUp.reopened");
        return "redirect:/projects/" + projectId + "/revisits/" + id;
    }

    /** The project as its customer may not see it: revisits exist only for the implementer's side. */
    private ProjectAccess implementer(CurrentUser user, long projectId) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!access.seesInternal()) {
            throw new NotFoundException("revisits of project " + projectId);
        }
        return access;
    }

    private String record(Model model, ProjectAccess access, RevisitDetail plan) {
        model.addAttribute("plan", plan);
        model.addAttribute("satisfactions", new int[]{1, 2, 3, 4, 5});
        return page(model, access, RECORD);
    }

    private String form(Model model, ProjectAccess access, Long id) {
        model.addAttribute("planId", id);
        model.addAttribute("kinds", RevisitKind.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("owners", revisits.owners(access));
        return page(model, access, FORM);
    }

    private String page(Model model, ProjectAccess access, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }
}
